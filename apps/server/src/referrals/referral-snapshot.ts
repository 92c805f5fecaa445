import type { ShareableField, SharedClientData } from '@pathways/contracts';
import type { ClientRow } from '../clients/clients.presenter.js';

type LanguageLevel = NonNullable<SharedClientData['languages']>[number]['level'];

type Sharers = { [F in ShareableField]: (client: ClientRow, reason: string) => SharedClientData[F] };

// One reader per field the counsellor may share: a field that is not listed here cannot leave.
const sharers: Sharers = {
  givenName: (c) => c.given_name ?? c.given_name_original,
  familyName: (c) => c.family_name ?? c.family_name_original,
  phone: (c) => c.phone,
  languages: (c) => c.languages.map((l) => ({ code: l.code, level: l.level as LanguageLevel })),
  reason: (_c, reason) => reason,
  sex: (c) => c.sex,
  birthYear: (c) => c.birth_year,
  educationIsced: (c) => c.education_isced,
  occupationIsco: (c) => c.occupation_isco,
  region: (c) => c.region,
  clientGroup: (c) => c.client_group,
};

/** What the partner will see, taken when the referral is sent and kept as it was then. */
export function snapshotSharedFields(
  client: ClientRow,
  fields: readonly ShareableField[],
  reason: string,
): SharedClientData {
  const snapshot: Record<string, unknown> = {};
  for (const field of new Set(fields)) snapshot[field] = sharers[field](client, reason);
  return snapshot as SharedClientData;
}
