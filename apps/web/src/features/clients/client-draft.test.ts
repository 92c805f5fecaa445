import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createClientDraft, toCreateBody, toDuplicateCheckBody } from './client-draft';
import { validateCreateClient } from './validate';

const CENTRE = '0190a6b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b';
const t = ((key: string) => key) as unknown as TFunction;

const filled = () => ({
  ...createClientDraft('ar', CENTRE),
  name: { given: 'Youssef', middle: '', family: 'El Amrani' },
  nameOriginal: { given: 'يوسف', middle: '', family: 'العمراني' },
  sex: 'male',
  dobValue: '1994-03-12',
  phone: '+212 612-345 678',
  nationality: 'MA',
  group: 'prospective_migrant' as const,
  destinations: ['DE'],
  purposes: ['work'],
  counsellingConsent: true,
});

describe('client draft', () => {
  it('turns a filled draft into a valid registration body with the counselling consent', () => {
    const result = validateCreateClient(toCreateBody(filled()), t);
    expect(result.errors).toBeNull();
    expect(result.body).toMatchObject({
      centreId: CENTRE,
      name: { given: 'Youssef', family: 'El Amrani' },
      phone: '+212612345678',
      dateOfBirth: { value: '1994-03-12', precision: 'exact' },
      intentions: { destinations: ['DE'], purposes: ['work'] },
      consents: [{ purpose: 'counselling', textVersion: 'counselling-2026-01', language: 'ar' }],
    });
    expect(result.body?.returnDetails).toBeUndefined();
  });

  it('names the missing consent, the bad phone and the missing name part', () => {
    const draft = {
      ...filled(),
      counsellingConsent: false,
      phone: '0612',
      name: { given: '', middle: '', family: '' },
    };
    const result = validateCreateClient(toCreateBody(draft), t);
    expect(result.errors).toMatchObject({
      consents: 'clients.validation.counsellingConsent',
      phone: 'clients.validation.phone',
      name: 'clients.validation.nameRequired',
    });
  });

  it('checks duplicates with the valid parts only, and not before two letters of a name', () => {
    expect(toDuplicateCheckBody({ ...filled(), name: { given: 'Y', middle: '', family: '' } })).toBeNull();
    const body = toDuplicateCheckBody({ ...filled(), phone: '+2126', dobValue: '1994-02-30' });
    expect(body).toMatchObject({ name: { given: 'Youssef' }, sex: 'male', centreId: CENTRE });
    expect(body?.phone).toBeUndefined();
    expect(body?.dateOfBirth).toBeUndefined();
  });
});
