/**
 * Turns a seed into client rows, consents and counselling sessions, batch by batch, in time order:
 * case codes are issued per centre and year as the server would, and planted duplicates are
 * registered some time after the first record, at the same or another centre of the country.
 */
import { personFromInput, searchColumnsOf } from '../../../apps/server/src/clients/client-person.js';
import { CLIENTS, CONSENTS, type ColumnBatch, newBatch, pushRow, SESSIONS } from './load.js';
import {
  COUNTRY_WEIGHTS,
  isoDate,
  makePerson,
  makeProfile,
  makeVariant,
  type Person,
  type PersonDraft,
  VARIANT_KINDS,
  type VariantKind,
} from './people.js';
import { createRandom, uuidv7At } from './prng.js';

export type Centre = { id: string; countryCode: string; code: string; timeZone: string; languages: string[] };

export type ClientRef = { id: string; countryCode: string; caseCode: string };
export type PlantedPair = {
  original: ClientRef;
  duplicate: ClientRef;
  kind: VariantKind;
  samePhone: boolean;
  dateOfBirth: 'same' | 'year_only' | 'missing';
};

export type GeneratorOptions = {
  seed: number;
  clients: number;
  duplicateShare: number;
  sessionsPerClient: number;
  asOf: Date;
  centres: Centre[];
  userByCentre: Map<string, string>;
  /** Last case-code number per `${centreId}:${year}` already issued. */
  counters: Map<string, number>;
};

const DAY = 86_400_000;
const SPAN = 2 * 365 * DAY;
const TOPICS = {
  prospective_migrant: [
    ['regular_labour_migration', 40],
    ['vocational_training_migration', 20],
    ['language_learning', 15],
    ['recognition_of_qualifications', 10],
    ['risks_of_irregular_migration', 10],
    ['study', 5],
  ],
  returnee: [
    ['reintegration', 40],
    ['psychosocial', 15],
    ['local_jobs', 20],
    ['business_start_up', 20],
    ['other', 5],
  ],
  local_job_seeker: [
    ['local_jobs', 50],
    ['business_start_up', 20],
    ['vocational_training_migration', 10],
    ['regional_migration', 10],
    ['other', 10],
  ],
} as const satisfies Record<string, readonly (readonly [string, number])[]>;
const NOTES = [
  '',
  '',
  'Documents checked.',
  'Discussed options and requirements.',
  'Client will bring certificates.',
  'Follow-up call agreed.',
];
const NEXT_STEPS = [
  '',
  'Language course enrolment',
  'Send CV',
  'Recognition application',
  'Call back in two weeks',
];
const VARIANT_WEIGHTS: [VariantKind, number][] = [
  ['transliteration', 30],
  ['original_script_only', 10],
  ['swapped', 15],
  ['dropped_middle', 10],
  ['typo', 25],
  ['article', 10],
];
const CONSENT_LANGUAGE: Record<string, string> = {
  MA: 'ar',
  TN: 'fr',
  EG: 'ar',
  IQ: 'ar',
  JO: 'ar',
  PK: 'ur',
  ID: 'id',
  AL: 'sq',
  XK: 'sq',
  RS: 'sr',
  SN: 'fr',
};

type Pending = { person: Person; original: ClientRef; centre: Centre };

export function createGenerator(options: GeneratorOptions) {
  const random = createRandom(options.seed);
  const start = options.asOf.getTime() - SPAN;
  const centresByCountry = new Map<string, Centre[]>();
  for (const c of options.centres)
    centresByCountry.set(c.countryCode, [...(centresByCountry.get(c.countryCode) ?? []), c]);
  const countries = COUNTRY_WEIGHTS.filter(([c]) => centresByCountry.has(c));
  const years = new Map<string, Intl.DateTimeFormat>();
  const yearIn = (at: Date, zone: string) => {
    let f = years.get(zone);
    if (!f) {
      f = new Intl.DateTimeFormat('en', { timeZone: zone, year: 'numeric' });
      years.set(zone, f);
    }
    return Number(f.format(at));
  };
  const keyCache = new Map<string, ReturnType<typeof searchColumnsOf>>();
  const searchKeys = (draft: PersonDraft) => {
    const key = JSON.stringify([draft.name, draft.nameOriginal]);
    let keys = keyCache.get(key);
    if (!keys) {
      if (keyCache.size > 300_000) keyCache.clear();
      keys = searchColumnsOf(personFromInput(draft));
      keyCache.set(key, keys);
    }
    return keys;
  };
  const due = new Map<number, Pending[]>();
  const queue: Pending[] = [];
  const pairs: PlantedPair[] = [];
  let emitted = 0;
  let sessions = 0;

  const pickCentre = (country: string): Centre => random.pick(centresByCountry.get(country) ?? []);

  function nextCaseCode(centre: Centre, at: Date): string {
    const year = yearIn(at, centre.timeZone);
    const key = `${centre.id}:${year}`;
    const value = (options.counters.get(key) ?? 0) + 1;
    options.counters.set(key, value);
    return `${centre.countryCode}-${centre.code}-${year}-${String(value).padStart(6, '0')}`;
  }

  function emitClient(
    batches: ColumnBatch[],
    person: Person,
    draft: PersonDraft,
    centre: Centre,
    at: Date,
  ): ClientRef {
    const [clients, consents, sessionRows] = batches as [ColumnBatch, ColumnBatch, ColumnBatch];
    const id = uuidv7At(random, at);
    const caseCode = nextCaseCode(centre, at);
    const userId = options.userByCentre.get(centre.id) as string;
    const profile = makeProfile(random, person.country, draft, at);
    const keys = searchKeys(draft);
    const iso = at.toISOString();
    pushRow(clients, [
      centre.countryCode,
      id,
      centre.id,
      caseCode,
      draft.name.given ?? null,
      draft.name.middle ?? null,
      draft.name.family ?? null,
      draft.nameOriginal?.given ?? null,
      draft.nameOriginal?.middle ?? null,
      draft.nameOriginal?.family ?? null,
      draft.sex,
      draft.dateOfBirth?.value ?? null,
      draft.dateOfBirth?.precision ?? null,
      draft.dateOfBirth ? Number(draft.dateOfBirth.value.slice(0, 4)) : null,
      draft.idDocument?.type ?? null,
      draft.idDocument?.number ?? null,
      draft.phone ?? null,
      profile.phoneHasMessenger,
      profile.nationality,
      profile.region,
      profile.educationIsced,
      profile.occupationIsco,
      profile.workExperienceYears,
      profile.languages,
      profile.group,
      profile.intentions,
      profile.returnDetails,
      profile.heardVia,
      keys.search_latin,
      keys.search_skeleton,
      userId,
      userId,
      iso,
      iso,
    ]);
    pushRow(consents, [
      centre.countryCode,
      uuidv7At(random, at),
      id,
      'counselling',
      'v1.0',
      CONSENT_LANGUAGE[centre.countryCode] ?? 'en',
      userId,
      iso,
    ]);
    const count = random.poisson(options.sessionsPerClient);
    const room = options.asOf.getTime() - at.getTime();
    for (let s = 0; s < count; s++) {
      // The first session is usually on the day of registration.
      const held = new Date(at.getTime() + (s === 0 && random.chance(0.7) ? 0 : random.next() * room));
      const topics = new Set([random.weighted(TOPICS[profile.group])]);
      if (random.chance(0.35)) topics.add(random.weighted(TOPICS[profile.group]));
      pushRow(sessionRows, [
        centre.countryCode,
        uuidv7At(random, held),
        id,
        centre.id,
        userId,
        isoDate(held),
        random.weighted([
          ['in_person', 60],
          ['phone', 20],
          ['messenger', 10],
          ['video', 5],
          ['outreach', 5],
        ]),
        random.chance(0.9) ? 'individual' : 'group',
        [...topics].join(' '),
        random.pick([20, 30, 30, 45, 45, 60, 60, 90, 120]),
        random.pick(NOTES),
        random.pick(NEXT_STEPS),
        new Date(
          Math.min(held.getTime() + random.int(1, 8) * 3_600_000, options.asOf.getTime()),
        ).toISOString(),
      ]);
      sessions++;
    }
    return { id, countryCode: centre.countryCode, caseCode };
  }

  function emitOne(batches: ColumnBatch[]) {
    const index = emitted;
    const at = new Date(start + ((index + random.next()) / options.clients) * SPAN);
    for (const p of due.get(index) ?? []) queue.push(p);
    due.delete(index);
    const pending = queue.shift();
    if (pending) {
      const requested = random.weighted(VARIANT_WEIGHTS);
      const { draft, kind } = makeVariant(random, pending.person, requested);
      const others = centresByCountry.get(pending.person.country) ?? [];
      const centre =
        others.length > 1 && random.chance(0.3)
          ? random.pick(others.filter((c) => c !== pending.centre))
          : pending.centre;
      const duplicate = emitClient(batches, pending.person, draft, centre, at);
      const base = pending.person.draft;
      pairs.push({
        original: pending.original,
        duplicate,
        kind,
        samePhone: Boolean(base.phone && draft.phone === base.phone),
        dateOfBirth: !draft.dateOfBirth
          ? 'missing'
          : draft.dateOfBirth.value === base.dateOfBirth?.value
            ? 'same'
            : 'year_only',
      });
    } else {
      const country = random.weighted(countries);
      const person = makePerson(random, country, options.asOf);
      const centre = pickCentre(country);
      const original = emitClient(batches, person, person.draft, centre, at);
      if (random.chance(options.duplicateShare)) {
        // Registered again days to months later: within the next ~5 % of the timeline.
        const later = index + 1 + Math.floor(random.next() * Math.max(1, options.clients * 0.05));
        if (later < options.clients)
          due.set(later, [...(due.get(later) ?? []), { person, original, centre }]);
      }
    }
    emitted++;
  }

  return {
    get emitted() {
      return emitted;
    },
    get sessions() {
      return sessions;
    },
    pairs,
    variantKinds: VARIANT_KINDS,
    /** The next batch of up to `size` clients, with their consents and sessions. */
    nextBatch(size: number): ColumnBatch[] {
      const batches = [newBatch(CLIENTS), newBatch(CONSENTS), newBatch(SESSIONS)];
      const until = Math.min(options.clients, emitted + size);
      while (emitted < until) emitOne(batches);
      return batches;
    },
  };
}
