/**
 * Turns a seed into client rows, consents and counselling sessions, batch by batch, in time order:
 * case codes are issued per centre and year as the server would, and planted duplicates are
 * registered some time after the first record, at the same or another centre of the country.
 * With a partner network, clients are also referred (referrals.ts) and each centre's group events
 * are emitted month by month as the timeline passes (events.ts); both draw from their own seeded
 * streams, so the client rows of a seed do not depend on them.
 */
import { personFromInput, searchColumnsOf } from '../../../apps/server/src/clients/client-person.js';
import { createEventMaker, type EventBatches, newEventBatches } from './events.js';
import {
  CLIENTS,
  CONSENTS,
  type ColumnBatch,
  newBatch,
  pushRow,
  REFERRAL_EVENTS,
  REFERRALS,
  SESSIONS,
} from './load.js';
import type { Network } from './network.js';
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
import { createReferralMaker, type ReferralBatches } from './referrals.js';

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
  /** Partners and offers to refer to; without it, no referrals and no events. */
  network?: Network;
  /** The partner_staff user of each partner organisation (who answers its referrals). */
  staffByPartner?: Map<string, string>;
  /** Share of clients referred at least once (default 0.2). */
  referralShare?: number;
  /** Mean group events per centre and month (default 3). */
  eventsPerCentreMonth?: number;
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

/** Every table a batch writes, in one statement. */
type Batches = { clients: ColumnBatch; consents: ColumnBatch; sessions: ColumnBatch } & Partial<
  ReferralBatches & { eventRows: EventBatches }
>;

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
  const network = options.network;
  const referrals = network
    ? createReferralMaker({
        seed: options.seed,
        network,
        asOf: options.asOf,
        share: options.referralShare ?? 0.2,
        staffByPartner: options.staffByPartner ?? new Map(),
        consentLanguage: (country) => CONSENT_LANGUAGE[country] ?? 'en',
      })
    : null;
  const events =
    network && (options.eventsPerCentreMonth ?? 3) > 0
      ? createEventMaker({
          seed: options.seed,
          centres: options.centres,
          counsellorByCentre: options.userByCentre,
          partnersByCountry: network.partnersByCountry,
          start: new Date(start),
          asOf: options.asOf,
          perCentreMonth: options.eventsPerCentreMonth ?? 3,
        })
      : null;
  let referralSeconds = 0;
  let eventSeconds = 0;

  const pickCentre = (country: string): Centre => random.pick(centresByCountry.get(country) ?? []);

  function nextCaseCode(centre: Centre, at: Date): string {
    const year = yearIn(at, centre.timeZone);
    const key = `${centre.id}:${year}`;
    const value = (options.counters.get(key) ?? 0) + 1;
    options.counters.set(key, value);
    return `${centre.countryCode}-${centre.code}-${year}-${String(value).padStart(6, '0')}`;
  }

  function emitClient(
    batches: Batches,
    person: Person,
    draft: PersonDraft,
    centre: Centre,
    at: Date,
  ): ClientRef {
    const { clients, consents, sessions: sessionRows } = batches;
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
    if (referrals && batches.referrals) {
      const started = performance.now();
      referrals.refer(batches as ReferralBatches, {
        id,
        countryCode: centre.countryCode,
        centreId: centre.id,
        counsellorId: userId,
        at: at.getTime(),
        group: profile.group,
        sex: draft.sex,
        birthYear: draft.dateOfBirth ? Number(draft.dateOfBirth.value.slice(0, 4)) : null,
        givenName: draft.name.given ?? draft.nameOriginal?.given ?? null,
        familyName: draft.name.family ?? draft.nameOriginal?.family ?? null,
        phone: draft.phone ?? null,
        languagesJson: profile.languages,
        educationIsced: profile.educationIsced,
        occupationIsco: profile.occupationIsco,
        region: profile.region,
      });
      referralSeconds += (performance.now() - started) / 1000;
    }
    events?.noteClient(centre.id, { id, sex: draft.sex, at: at.getTime() });
    return { id, countryCode: centre.countryCode, caseCode };
  }

  function emitOne(batches: Batches) {
    const index = emitted;
    const at = new Date(start + ((index + random.next()) / options.clients) * SPAN);
    if (events && batches.eventRows) {
      const started = performance.now();
      events.emitUntil(batches.eventRows, at.getTime());
      eventSeconds += (performance.now() - started) / 1000;
    }
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
    get referralCounts() {
      return referrals?.counts ?? null;
    },
    get eventCounts() {
      return events?.counts ?? null;
    },
    /** JS time spent making referrals and events (inside nextBatch). */
    get extraSeconds() {
      return { referrals: referralSeconds, events: eventSeconds };
    },
    pairs,
    variantKinds: VARIANT_KINDS,
    /** The next batch of up to `size` clients, with their consents, sessions, referrals and events. */
    nextBatch(size: number): ColumnBatch[] {
      const batches = newBatches();
      const until = Math.min(options.clients, emitted + size);
      while (emitted < until) emitOne(batches);
      return flatten(batches);
    },
    /** After the last client: the group events of the months up to as-of not emitted yet. */
    finish(): ColumnBatch[] {
      if (!events) return [];
      const rows = newEventBatches();
      const started = performance.now();
      events.finish(rows);
      eventSeconds += (performance.now() - started) / 1000;
      return Object.values(rows);
    },
  };

  function newBatches(): Batches {
    return {
      clients: newBatch(CLIENTS),
      consents: newBatch(CONSENTS),
      sessions: newBatch(SESSIONS),
      ...(referrals ? { referrals: newBatch(REFERRALS), events: newBatch(REFERRAL_EVENTS) } : {}),
      ...(events ? { eventRows: newEventBatches() } : {}),
    };
  }
}

function flatten(b: Batches): ColumnBatch[] {
  return [
    b.clients,
    b.consents,
    b.sessions,
    ...(b.referrals ? [b.referrals] : []),
    ...(b.events ? [b.events] : []),
    ...(b.eventRows ? Object.values(b.eventRows) : []),
  ];
}
