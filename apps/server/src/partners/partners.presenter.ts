import type { Agreement, AgreementPurpose, PartnerContact, PartnerDetail } from '@pathways/contracts';
import { coversReferralsOn } from './agreement-validity.js';
import type { AgreementRow, PartnerRow } from './partners.repo.js';

export function presentAgreement(row: AgreementRow, today: string): Agreement {
  return {
    id: row.id,
    signedOn: row.signed_on,
    expiresOn: row.expires_on,
    purposes: row.purposes as AgreementPurpose[],
    reference: row.reference,
    coversReferralsToday: coversReferralsOn(row, today),
  };
}

function presentContact(c: PartnerContact): PartnerContact {
  return { name: c.name, role: c.role, email: c.email, phone: c.phone };
}

/** A partner with its agreements; `agreements` are this partner's rows only. */
export function presentPartner(row: PartnerRow, agreements: AgreementRow[], today: string): PartnerDetail {
  const presented = agreements.map((a) => presentAgreement(a, today));
  return {
    id: row.id,
    countryCode: row.country_code,
    name: row.name,
    type: row.type as PartnerDetail['type'],
    website: row.website,
    description: row.description,
    contacts: row.contacts.map(presentContact),
    agreements: presented,
    canReceiveReferrals: presented.some((a) => a.coversReferralsToday),
    version: row.version,
  };
}
