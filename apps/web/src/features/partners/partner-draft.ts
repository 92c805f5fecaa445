import type { AgreementPurpose, PartnerDetail, partnerTypes } from '@pathways/contracts';

type PartnerType = (typeof partnerTypes)[number];

export type ContactDraft = { key: string; name: string; role: string; email: string; phone: string };

export type PartnerDraft = {
  countryCode: string | null;
  name: string;
  type: PartnerType | null;
  website: string;
  description: string;
  contacts: ContactDraft[];
};

let nextKey = 0;
export const emptyContact = (): ContactDraft => {
  nextKey += 1;
  return { key: `c${nextKey}`, name: '', role: '', email: '', phone: '' };
};

export const emptyPartnerDraft = (countryCode: string | null): PartnerDraft => ({
  countryCode,
  name: '',
  type: null,
  website: '',
  description: '',
  contacts: [],
});

export const draftFromPartner = (partner: PartnerDetail): PartnerDraft => ({
  countryCode: partner.countryCode,
  name: partner.name,
  type: partner.type,
  website: partner.website ?? '',
  description: partner.description ?? '',
  contacts: partner.contacts.map((contact) => ({
    ...emptyContact(),
    name: contact.name,
    role: contact.role ?? '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
  })),
});

const text = (value: string): string | undefined => (value.trim() ? value.trim() : undefined);

const isBlank = (contact: ContactDraft) =>
  ![contact.name, contact.role, contact.email, contact.phone].some(text);

/** The body's partner fields; a contact row left wholly empty is dropped, a half-filled one kept. */
export const toPartnerInput = (draft: PartnerDraft) => ({
  name: draft.name,
  type: draft.type ?? undefined,
  website: text(draft.website),
  description: text(draft.description),
  contacts: draft.contacts
    .filter((contact) => !isBlank(contact))
    .map((contact) => ({
      name: contact.name,
      role: text(contact.role),
      email: text(contact.email),
      // People type spaces in phone numbers; the contract wants +233201234567.
      phone: text(contact.phone)?.replace(/[\s().-]/g, ''),
    })),
});

export const toCreatePartnerBody = (draft: PartnerDraft) => ({
  ...toPartnerInput(draft),
  countryCode: draft.countryCode ?? undefined,
});

export const toUpdatePartnerBody = (draft: PartnerDraft, version: number) => ({
  ...toPartnerInput(draft),
  version,
});

/**
 * Field errors name contacts by their place among the contacts sent; the form shows them on the
 * rows, blank ones included, so the index is mapped back to the row's key.
 */
export const contactRowIndex = (draft: PartnerDraft): Map<number, string> => {
  const map = new Map<number, string>();
  let sent = 0;
  for (const contact of draft.contacts) {
    if (isBlank(contact)) continue;
    map.set(sent, contact.key);
    sent += 1;
  }
  return map;
};

export type AgreementDraft = {
  signedOn: string;
  expiresOn: string;
  purposes: AgreementPurpose[];
  reference: string;
};

export const emptyAgreementDraft = (): AgreementDraft => ({
  signedOn: '',
  expiresOn: '',
  purposes: ['referrals'],
  reference: '',
});

// An empty date is left out, so the schema calls it missing rather than malformed.
export const toAgreementInput = (draft: AgreementDraft) => ({
  signedOn: text(draft.signedOn),
  expiresOn: text(draft.expiresOn),
  purposes: draft.purposes,
  reference: text(draft.reference),
});
