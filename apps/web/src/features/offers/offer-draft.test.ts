import { CreateOfferBody, type Offer, UpdateOfferBody } from '@pathways/contracts';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api-client';
import { describeSaveFailure } from './form-errors';
import { draftFromOffer, emptyOfferDraft, type OfferDraft, toOfferInput, toOfferUpdate } from './offer-draft';
import { firstTextLanguageWithError, validateNewOffer, validateOfferChange } from './offer-validation';

// Returns the key (and its values) so a test can tell which message was chosen.
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

const PARTNER = '01a21e13-0a60-712d-b12a-000000000001';
const CENTRE = '01a21e13-0a60-712d-b12a-edb54dd4e78a';

const storedOffer: Offer = {
  id: '01a21e13-0a60-712d-b12a-000000000099',
  countryCode: 'MA',
  partnerOrganisationId: PARTNER,
  partnerName: 'Association Retour et Avenir (démo)',
  partnerType: 'ngo',
  category: 'business_start_up',
  centreIds: [CENTRE],
  title: { en: 'Start-up training for women', fr: 'Formation à la création d’entreprise pour les femmes' },
  description: { en: 'Twelve sessions.', ar: 'اثنتا عشرة حصة.' },
  eligibility: {
    clientGroups: ['returnee'],
    sexes: ['female'],
    minAge: 18,
    maxAge: 45,
    minEducationIsced: 2,
    language: { code: 'fr', minLevel: 'A2' },
    regions: ['Casablanca-Settat'],
  },
  capacity: 20,
  seatsLeft: 12,
  schedule: { startsOn: '2026-03-01', endsOn: '2026-06-30', sessions: 12, note: 'Mon and Wed 9:00–12:00' },
  cost: null,
  deliveryMode: 'hybrid',
  languages: ['fr', 'ar'],
  location: { name: 'Maison des associations', city: 'Casablanca' },
  status: 'active',
  version: 3,
  updatedAt: '2026-02-01T10:00:00.000Z',
};

const filledDraft = (patch: Partial<OfferDraft> = {}): OfferDraft => ({
  ...emptyOfferDraft(),
  partnerOrganisationId: PARTNER,
  category: 'job_search_support',
  title: { en: 'Job clubs', fr: '', ar: '' },
  languages: ['en'],
  currency: 'MAD',
  ...patch,
});

describe('offer form values ↔ OfferInput', () => {
  it('turns a stored offer into form values and back without losing a field', () => {
    const body = UpdateOfferBody.parse(toOfferUpdate(draftFromOffer(storedOffer), storedOffer.version));
    expect(body).toEqual({
      partnerOrganisationId: PARTNER,
      category: 'business_start_up',
      centreIds: [CENTRE],
      title: storedOffer.title,
      description: storedOffer.description,
      eligibility: storedOffer.eligibility,
      capacity: 20,
      seatsLeft: 12,
      schedule: storedOffer.schedule,
      deliveryMode: 'hybrid',
      languages: ['fr', 'ar'],
      location: { name: 'Maison des associations', city: 'Casablanca' },
      status: 'active',
      version: 3,
    });
  });

  it('reads no cost as not stated, an amount of 0 as free, and an amount as paid', () => {
    // Not stated still shows the country's currency, ready for a price.
    expect(draftFromOffer(storedOffer)).toMatchObject({ costKind: 'unknown', currency: 'MAD' });
    const free = draftFromOffer({ ...storedOffer, cost: { amount: 0, currency: 'MAD' } });
    expect(free).toMatchObject({ costKind: 'free', costAmount: '' });
    const paid = draftFromOffer({ ...storedOffer, cost: { amount: 1500, currency: 'MAD' } });
    expect(paid).toMatchObject({ costKind: 'paid', costAmount: 1500, currency: 'MAD' });
  });

  it('leaves empty optional groups out, and sends only the languages with text', () => {
    const input = CreateOfferBody.parse(
      toOfferInput(
        filledDraft({ costKind: 'unknown', title: { en: 'Job clubs', fr: '', ar: 'نوادي الشغل' } }),
      ),
    );
    expect(input.title).toEqual({ en: 'Job clubs', ar: 'نوادي الشغل' });
    expect(input.description).toEqual({});
    expect(input.location).toBeUndefined();
    expect(input.capacity).toBeUndefined();
    expect(input.eligibility).toEqual({ clientGroups: [], sexes: [], regions: [] });
  });

  it('sends a free offer as an amount of 0, and leaves the cost out when not stated', () => {
    const free = filledDraft({
      costKind: 'free',
      costAmount: 300,
      currency: 'GHS',
      costNote: 'Transport refunded',
    });
    expect(toOfferInput(free).cost).toEqual({ amount: 0, currency: 'GHS', note: 'Transport refunded' });
    expect(toOfferInput({ ...free, costKind: 'unknown' }).cost).toBeUndefined();
  });

  it('sends the seats left only when the offer has a seat limit', () => {
    expect(toOfferUpdate(filledDraft({ capacity: '', seatsLeft: 4 }), 2).seatsLeft).toBeUndefined();
    expect(toOfferUpdate(filledDraft({ capacity: 10, seatsLeft: 4 }), 2).seatsLeft).toBe(4);
  });
});

describe('offer validation with the shared schema', () => {
  it('accepts a minimal offer', () => {
    expect(validateNewOffer(filledDraft(), t).errors).toBeNull();
  });

  it('names each missing or wrong field where the form shows it', () => {
    const result = validateNewOffer(
      {
        ...emptyOfferDraft(),
        deliveryMode: null,
        minAge: 40,
        maxAge: 30,
        startsOn: '2026-05-01',
        endsOn: '2026-04-01',
        costKind: 'paid',
        costAmount: 100,
        currency: 'DH',
        languageCode: 'fr',
        locationCity: 'Casablanca',
      },
      t,
    );
    expect(result.errors).toEqual({
      partnerOrganisationId: 'validation.required',
      category: 'validation.required',
      'title.en': 'validation.required',
      'eligibility.maxAge': 'offers.validation.maxAgeBelowMin',
      'eligibility.language.minLevel': 'validation.required',
      'schedule.endsOn': 'offers.validation.endBeforeStart',
      'cost.currency': 'offers.validation.currency',
      deliveryMode: 'validation.required',
      languages: 'offers.validation.chooseOne',
      'location.name': 'validation.required',
    });
  });

  it('asks for an amount when the offer is not free', () => {
    const result = validateNewOffer(filledDraft({ costKind: 'paid', costAmount: '', currency: 'MAD' }), t);
    expect(result.errors).toEqual({ 'cost.amount': 'validation.required' });
  });

  it('refuses more seats left than places', () => {
    const result = validateOfferChange(filledDraft({ capacity: 10, seatsLeft: 11 }), 1, t);
    expect(result.errors).toEqual({ seatsLeft: 'offers.validation.seatsAboveCapacity' });
  });

  it('opens the language tab that holds an error', () => {
    expect(firstTextLanguageWithError({ 'description.ar': 'x', capacity: 'y' })).toBe('ar');
    expect(firstTextLanguageWithError({ 'title.en': 'x', 'description.ar': 'y' })).toBe('en');
    expect(firstTextLanguageWithError({ capacity: 'y' })).toBeNull();
  });
});

describe('save failures', () => {
  it('asks to reload on a stale version', () => {
    const failure = describeSaveFailure(new ApiError(409, 'version_conflict', 'Conflict'), t);
    expect(failure).toEqual({ errors: {}, message: 'offers.errors.stale', isStale: true });
  });

  it('puts the server’s field errors on the named fields', () => {
    const failure = describeSaveFailure(
      new ApiError(422, 'validation_failed', 'Invalid', undefined, [
        { field: 'centreIds', message: 'not a centre of MA' },
        { field: 'centreIds', message: 'second message for the same field' },
      ]),
      t,
    );
    expect(failure).toEqual({
      errors: { centreIds: 'not a centre of MA' },
      message: 'offers.errors.checkFields',
      isStale: false,
    });
  });
});
