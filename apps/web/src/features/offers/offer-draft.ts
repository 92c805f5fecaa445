import type {
  ClientGroup,
  cefrLevels,
  Locale,
  Offer,
  OfferCategory,
  OfferStatus,
  sexes,
} from '@pathways/contracts';
import { currencyOf } from './directory-countries';

/** A number field as the form holds it: empty until a number is typed. */
export type NumberValue = number | '';
export type Texts = Record<Locale, string>;
type Sex = (typeof sexes)[number];
type CefrLevel = (typeof cefrLevels)[number];
export type DeliveryModeValue = Offer['deliveryMode'];
export const costKinds = ['free', 'paid', 'unknown'] as const;
export type CostKind = (typeof costKinds)[number];

/** The offer form's values: every field as an input holds it, turned into an OfferInput on save. */
export type OfferDraft = {
  partnerOrganisationId: string | null;
  category: OfferCategory | null;
  centreIds: string[];
  title: Texts;
  description: Texts;
  clientGroups: ClientGroup[];
  /** `['female']` is a women-only offer; the form's switch sets exactly that. */
  sexes: Sex[];
  minAge: NumberValue;
  maxAge: NumberValue;
  minEducationIsced: string | null;
  languageCode: string | null;
  languageLevel: CefrLevel | null;
  regions: string[];
  capacity: NumberValue;
  seatsLeft: NumberValue;
  startsOn: string;
  endsOn: string;
  sessions: NumberValue;
  scheduleNote: string;
  /** Free (an amount of 0), paid, or not stated (no cost at all). */
  costKind: CostKind;
  costAmount: NumberValue;
  currency: string;
  costNote: string;
  deliveryMode: DeliveryModeValue | null;
  languages: string[];
  locationName: string;
  locationAddress: string;
  locationCity: string;
  latitude: NumberValue;
  longitude: NumberValue;
  status: OfferStatus;
};

export const emptyTexts = (): Texts => ({ en: '', fr: '', ar: '' });

export const emptyOfferDraft = (): OfferDraft => ({
  partnerOrganisationId: null,
  category: null,
  centreIds: [],
  title: emptyTexts(),
  description: emptyTexts(),
  clientGroups: [],
  sexes: [],
  minAge: '',
  maxAge: '',
  minEducationIsced: null,
  languageCode: null,
  languageLevel: null,
  regions: [],
  capacity: '',
  seatsLeft: '',
  startsOn: '',
  endsOn: '',
  sessions: '',
  scheduleNote: '',
  costKind: 'free',
  costAmount: '',
  currency: '',
  costNote: '',
  deliveryMode: 'in_person',
  languages: [],
  locationName: '',
  locationAddress: '',
  locationCity: '',
  latitude: '',
  longitude: '',
  status: 'draft',
});

/** NumberInput reports a number, or a string while the field is empty or half typed. */
export const toNumberValue = (value: number | string): NumberValue =>
  typeof value === 'number' && Number.isFinite(value) ? value : '';

const numberOrEmpty = (value: number | null | undefined): NumberValue => value ?? '';

export const isWomenOnly = (sexes: readonly Sex[]): boolean => sexes.length === 1 && sexes[0] === 'female';

export const draftFromOffer = (offer: Offer): OfferDraft => ({
  partnerOrganisationId: offer.partnerOrganisationId,
  category: offer.category,
  centreIds: [...offer.centreIds],
  title: { en: offer.title.en, fr: offer.title.fr ?? '', ar: offer.title.ar ?? '' },
  description: {
    en: offer.description.en ?? '',
    fr: offer.description.fr ?? '',
    ar: offer.description.ar ?? '',
  },
  clientGroups: [...offer.eligibility.clientGroups],
  sexes: [...offer.eligibility.sexes],
  minAge: numberOrEmpty(offer.eligibility.minAge),
  maxAge: numberOrEmpty(offer.eligibility.maxAge),
  minEducationIsced:
    offer.eligibility.minEducationIsced === undefined ? null : String(offer.eligibility.minEducationIsced),
  languageCode: offer.eligibility.language?.code ?? null,
  languageLevel: offer.eligibility.language?.minLevel ?? null,
  regions: [...offer.eligibility.regions],
  capacity: numberOrEmpty(offer.capacity),
  seatsLeft: numberOrEmpty(offer.seatsLeft),
  startsOn: offer.schedule.startsOn ?? '',
  endsOn: offer.schedule.endsOn ?? '',
  sessions: numberOrEmpty(offer.schedule.sessions),
  scheduleNote: offer.schedule.note ?? '',
  costKind: !offer.cost ? 'unknown' : offer.cost.amount === 0 ? 'free' : 'paid',
  costAmount: offer.cost && offer.cost.amount > 0 ? offer.cost.amount : '',
  currency: offer.cost?.currency ?? currencyOf(offer.countryCode),
  costNote: offer.cost?.note ?? '',
  deliveryMode: offer.deliveryMode,
  languages: [...offer.languages],
  locationName: offer.location?.name ?? '',
  locationAddress: offer.location?.address ?? '',
  locationCity: offer.location?.city ?? '',
  latitude: numberOrEmpty(offer.location?.latitude),
  longitude: numberOrEmpty(offer.location?.longitude),
  status: offer.status,
});

const text = (value: string): string | undefined => (value.trim() ? value : undefined);
const number = (value: NumberValue): number | undefined => (value === '' ? undefined : value);

/** Only the languages with text: English stays even when empty, so the schema says it is required. */
const localised = (texts: Texts, keepEnglish: boolean) => {
  const result: Partial<Texts> = {};
  for (const language of ['en', 'fr', 'ar'] as const) {
    if (text(texts[language]) !== undefined || (keepEnglish && language === 'en'))
      result[language] = texts[language];
  }
  return result;
};

// A half-filled group (a language without a level, a location without a name) is sent as it is,
// so the schema names the missing part; a group left wholly empty is left out.
const languageCondition = (draft: OfferDraft) =>
  draft.languageCode || draft.languageLevel
    ? { code: draft.languageCode ?? undefined, minLevel: draft.languageLevel ?? undefined }
    : undefined;

// The server reads an amount of 0 as free and a missing cost as not stated.
const costOf = (draft: OfferDraft) => {
  if (draft.costKind === 'unknown') return undefined;
  return {
    amount: draft.costKind === 'free' ? 0 : number(draft.costAmount),
    currency: text(draft.currency),
    note: text(draft.costNote),
  };
};

const locationOf = (draft: OfferDraft) => {
  const location = {
    name: draft.locationName,
    address: text(draft.locationAddress),
    city: text(draft.locationCity),
    latitude: number(draft.latitude),
    longitude: number(draft.longitude),
  };
  const isEmpty =
    !text(draft.locationName) &&
    Object.values(location).every((value) => value === undefined || value === '');
  return isEmpty ? undefined : location;
};

/** The request body for a new offer, before validation (CreateOfferBody parses it). */
export const toOfferInput = (draft: OfferDraft) => ({
  partnerOrganisationId: draft.partnerOrganisationId ?? undefined,
  category: draft.category ?? undefined,
  centreIds: draft.centreIds,
  title: localised(draft.title, true),
  description: localised(draft.description, false),
  eligibility: {
    clientGroups: draft.clientGroups,
    sexes: draft.sexes,
    minAge: number(draft.minAge),
    maxAge: number(draft.maxAge),
    minEducationIsced: draft.minEducationIsced === null ? undefined : Number(draft.minEducationIsced),
    language: languageCondition(draft),
    regions: draft.regions,
  },
  capacity: number(draft.capacity),
  schedule: {
    startsOn: text(draft.startsOn),
    endsOn: text(draft.endsOn),
    sessions: number(draft.sessions),
    note: text(draft.scheduleNote),
  },
  cost: costOf(draft),
  deliveryMode: draft.deliveryMode ?? undefined,
  languages: draft.languages,
  location: locationOf(draft),
  status: draft.status,
});

/** The request body for a change: the version read, and the seats left when there is a limit. */
export const toOfferUpdate = (draft: OfferDraft, version: number) => ({
  ...toOfferInput(draft),
  version,
  seatsLeft: draft.capacity === '' ? undefined : number(draft.seatsLeft),
});
