import type { Language } from '../../i18n/languages';
import type { MembershipDraft } from './membership-fields';

export type UserDraft = {
  email: string;
  displayName: string;
  password: string;
  locale: Language;
  memberships: MembershipDraft[];
};

let nextKey = 0;

export const createMembershipDraft = (): MembershipDraft => {
  nextKey += 1;
  return { key: `m${nextKey}`, role: null, countryCode: null, centreId: null, partnerOrganisationId: null };
};

export const createUserDraft = (locale: Language): UserDraft => ({
  email: '',
  displayName: '',
  password: '',
  locale,
  memberships: [createMembershipDraft()],
});

/** Only the scope field a role needs is sent; a missing role stays missing so the schema names it. */
export const toRequestBody = (draft: UserDraft): unknown => ({
  email: draft.email,
  displayName: draft.displayName,
  password: draft.password,
  locale: draft.locale,
  memberships: draft.memberships.map((membership) => ({
    role: membership.role ?? undefined,
    ...(membership.countryCode ? { countryCode: membership.countryCode } : {}),
    ...(membership.centreId ? { centreId: membership.centreId } : {}),
    ...(membership.partnerOrganisationId ? { partnerOrganisationId: membership.partnerOrganisationId } : {}),
  })),
});
