import type { CreateClientInput } from '@pathways/contracts';
import type { App } from '../app.js';

/** Ids of the reference centres, by code (e.g. ACC, CAS, EBL, BGW). */
export async function centreIds(app: App, cookie: string): Promise<Record<string, string>> {
  const res = await app.inject({ url: '/api/countries', headers: { cookie } });
  const ids: Record<string, string> = {};
  for (const country of res.json().items) for (const centre of country.centres) ids[centre.code] = centre.id;
  return ids;
}

/** A complete, valid registration; override what the test is about. */
export function clientBody(centreId: string, overrides: Partial<CreateClientInput> = {}): CreateClientInput {
  return {
    centreId,
    name: { given: 'Youssef', family: 'El Amrani' },
    nameOriginal: { given: 'يوسف', family: 'العمراني' },
    aliases: [],
    sex: 'male',
    dateOfBirth: { value: '1994-03-12', precision: 'exact' },
    phone: '+212612345678',
    phoneHasMessenger: true,
    nationality: 'MA',
    region: 'Casablanca-Settat',
    educationIsced: 4,
    occupationIsco: '7411',
    workExperienceYears: 3,
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'fr', level: 'B2' },
      { code: 'de', level: 'A2' },
    ],
    group: 'prospective_migrant',
    intentions: { destinations: ['DE'], purposes: ['work'] },
    heardVia: 'social_media',
    consents: [{ purpose: 'counselling', textVersion: 'counselling-2026-01', language: 'ar' }],
    ...overrides,
  };
}
