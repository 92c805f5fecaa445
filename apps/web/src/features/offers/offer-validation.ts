import { CreateOfferBody, type OfferInput, UpdateOfferBody } from '@pathways/contracts';
import type { TFunction } from 'i18next';
import { type FieldErrorMap, type Validation, validateWith } from './form-errors';
import { type OfferDraft, toOfferInput, toOfferUpdate } from './offer-draft';

export type OfferUpdate = OfferInput & { version: number; seatsLeft?: number | undefined };

// The rule the schema cannot see: a manager correcting the seats cannot exceed the places.
const seatErrors = (draft: OfferDraft, t: TFunction): FieldErrorMap =>
  draft.capacity !== '' && draft.seatsLeft !== '' && draft.seatsLeft > draft.capacity
    ? { seatsLeft: t('offers.validation.seatsAboveCapacity') }
    : {};

// The schema's cross-field rules (age range, dates) run only once the rest of their group is
// valid; said here too, every error shows in one round.
const crossFieldErrors = (draft: OfferDraft, t: TFunction): FieldErrorMap => ({
  ...(draft.minAge !== '' && draft.maxAge !== '' && draft.minAge > draft.maxAge
    ? { 'eligibility.maxAge': t('offers.validation.maxAgeBelowMin') }
    : {}),
  ...(draft.startsOn && draft.endsOn && draft.startsOn > draft.endsOn
    ? { 'schedule.endsOn': t('offers.validation.endBeforeStart') }
    : {}),
});

export const validateNewOffer = (draft: OfferDraft, t: TFunction): Validation<OfferInput> =>
  validateWith(CreateOfferBody, toOfferInput(draft), t, crossFieldErrors(draft, t));

export const validateOfferChange = (
  draft: OfferDraft,
  version: number,
  t: TFunction,
): Validation<OfferUpdate> =>
  validateWith(UpdateOfferBody, toOfferUpdate(draft, version), t, {
    ...crossFieldErrors(draft, t),
    ...seatErrors(draft, t),
  });

/** The tab of the title and description to open first: the first language with an error. */
export const firstTextLanguageWithError = (errors: FieldErrorMap): 'en' | 'fr' | 'ar' | null => {
  for (const language of ['en', 'fr', 'ar'] as const) {
    if (
      Object.keys(errors).some(
        (field) => field === `title.${language}` || field === `description.${language}`,
      )
    )
      return language;
  }
  return null;
};
