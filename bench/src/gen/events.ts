/**
 * Group events (information sessions, job fairs, outreach) of each centre, month by month, as the
 * events service records them: participants counted by sex × age group, a few co-organising
 * partners of the country, and some attendees linked to clients of the centre registered before
 * the event — never more linked attendees of a sex than participants of that sex counted.
 * Months are emitted as the client timeline passes them, so attendees come from recent clients.
 */
import {
  type ColumnBatch,
  GROUP_EVENT_ATTENDEES,
  GROUP_EVENT_PARTICIPANTS,
  GROUP_EVENT_PARTNERS,
  GROUP_EVENTS,
  newBatch,
  pushRow,
} from './load.js';
import { DAY, type PartnerPlan } from './network.js';
import { isoDate } from './people.js';
import { createRandom, type Random, uuidv7At } from './prng.js';

export type EventCentre = { id: string; countryCode: string };
export type Attendee = { id: string; sex: string; at: number };
export type EventBatches = {
  events: ColumnBatch;
  partners: ColumnBatch;
  participants: ColumnBatch;
  attendees: ColumnBatch;
};

export const newEventBatches = (): EventBatches => ({
  events: newBatch(GROUP_EVENTS),
  partners: newBatch(GROUP_EVENT_PARTNERS),
  participants: newBatch(GROUP_EVENT_PARTICIPANTS),
  attendees: newBatch(GROUP_EVENT_ATTENDEES),
});

export type EventOptions = {
  seed: number;
  centres: EventCentre[];
  counsellorByCentre: Map<string, string>;
  partnersByCountry: Map<string, PartnerPlan[]>;
  /** First day of the first month with events, and the as-of date (no event on or after it). */
  start: Date;
  asOf: Date;
  /** Mean events per centre and month (Poisson). */
  perCentreMonth: number;
};

type Kind =
  | 'information_session'
  | 'job_fair'
  | 'school_outreach'
  | 'community_outreach'
  | 'online_session'
  | 'other';

const KINDS: [Kind, number][] = [
  ['information_session', 45],
  ['community_outreach', 20],
  ['online_session', 12],
  ['school_outreach', 10],
  ['job_fair', 8],
  ['other', 5],
];
const SIZE: Record<Kind, [number, number]> = {
  information_session: [8, 45],
  job_fair: [60, 400],
  school_outreach: [25, 160],
  community_outreach: [15, 90],
  online_session: [10, 80],
  other: [10, 50],
};
const SUBJECTS: Record<Kind, [string, string[]][]> = {
  information_session: [
    ['Legal pathways to work in Germany', ['regular_labour_migration']],
    ['Vocational training abroad: what to know', ['vocational_training_migration']],
    ['Recognition of qualifications', ['recognition_of_qualifications']],
    ['Risks of irregular migration', ['risks_of_irregular_migration']],
    ['Starting a business after return', ['business_start_up', 'reintegration']],
    ['Learning German: courses and exams', ['language_learning']],
  ],
  job_fair: [['Job and training fair', ['local_jobs', 'vocational_training_migration']]],
  school_outreach: [['School visit: safe and regular migration', ['risks_of_irregular_migration', 'study']]],
  community_outreach: [
    ['Community meeting: the centre’s services', ['regular_labour_migration', 'reintegration']],
    ['Market-day information stand', ['risks_of_irregular_migration', 'local_jobs']],
  ],
  online_session: [['Online Q&A: working in Europe', ['regular_labour_migration', 'language_learning']]],
  other: [['Open day at the centre', ['other']]],
};
const PLACES = [
  'Centre hall',
  'Youth centre',
  'Community hall',
  'Town hall',
  'Exhibition hall',
  'Vocational school',
];
const AGES_SCHOOL: [string, number][] = [
  ['under_15', 55],
  ['15_24', 43],
  ['unknown', 2],
];
const AGES_ADULT: [string, number][] = [
  ['under_15', 1],
  ['15_24', 30],
  ['25_34', 35],
  ['35_44', 18],
  ['45_plus', 10],
  ['unknown', 6],
];
const SEXES = ['female', 'male', 'other', 'unknown'] as const;

const monthIndex = (ms: number) => {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const monthStart = (index: number) => Date.UTC(Math.floor(index / 12), index % 12, 1);
const RESERVOIR = 200;

export function createEventMaker(options: EventOptions) {
  const random = createRandom(options.seed ^ 0x3e7e_a7c5);
  const asOf = options.asOf.getTime();
  const lastMonth = monthIndex(asOf - 1);
  let nextMonth = monthIndex(options.start.getTime());
  // Per centre and month: a fixed-size random sample of the clients registered then.
  const recent = new Map<string, { seen: number; items: Attendee[] }>();
  const counts = { events: 0, participants: 0, participantRows: 0, partnerLinks: 0, attendees: 0 };

  function emitEvent(batches: EventBatches, centre: EventCentre, month: number, first: number, days: number) {
    const held = first + random.int(0, days - 1) * DAY;
    const kind = random.weighted(KINDS);
    const [title, topics] = random.pick(SUBJECTS[kind]);
    const channel =
      kind === 'online_session'
        ? 'online'
        : kind === 'information_session' && random.chance(0.2)
          ? 'hybrid'
          : 'in_person';
    const created = Math.min(held + 16 * 3_600_000 + random.next() * 72 * 3_600_000, asOf - 60_000);
    const id = uuidv7At(random, new Date(created));
    const counsellor = options.counsellorByCentre.get(centre.id) as string;
    pushRow(batches.events, [
      centre.countryCode,
      id,
      centre.id,
      kind,
      title,
      isoDate(new Date(held)),
      topics.join(' '),
      channel,
      channel === 'online' ? null : random.pick(PLACES),
      random.chance(0.2) ? 'Materials handed out; follow-up appointments offered.' : '',
      1,
      counsellor,
      new Date(created).toISOString(),
      new Date(created).toISOString(),
    ]);

    // Participants by sex × age group.
    const [min, max] = SIZE[kind];
    const total = random.int(min, max);
    const female = 0.3 + random.next() * 0.25;
    const ages = kind === 'school_outreach' ? AGES_SCHOOL : AGES_ADULT;
    const cells = new Map<string, number>();
    const bySex: Record<string, number> = { female: 0, male: 0, other: 0, unknown: 0 };
    for (let i = 0; i < total; i++) {
      const r = random.next();
      const sex = r < 0.02 ? 'unknown' : r < 0.025 ? 'other' : r < 0.025 + female ? 'female' : 'male';
      const key = `${sex} ${random.weighted(ages)}`;
      cells.set(key, (cells.get(key) ?? 0) + 1);
      bySex[sex] = (bySex[sex] ?? 0) + 1;
    }
    for (const sex of SEXES)
      for (const [age] of AGES_ADULT) {
        const n = cells.get(`${sex} ${age}`);
        if (!n) continue;
        pushRow(batches.participants, [centre.countryCode, id, sex, age, n]);
        counts.participantRows++;
      }
    counts.participants += total;

    // Co-organisers: partners of the country that existed by then.
    if (random.chance(0.25)) {
      const partners = (options.partnersByCountry.get(centre.countryCode) ?? []).filter(
        (p) => p.createdAt < held,
      );
      const chosen = new Set<PartnerPlan>();
      const wanted = random.chance(0.3) ? 2 : 1;
      for (let i = 0; i < wanted && partners.length; i++) chosen.add(random.pick(partners));
      for (const p of chosen) pushRow(batches.partners, [centre.countryCode, id, p.id]);
      counts.partnerLinks += chosen.size;
    }

    // Linked attendees: registered at this centre in the last three months, before the event day.
    const share = kind === 'online_session' ? 0.05 : random.next() * 0.15;
    const wantedLinks = Math.min(2000, Math.round(total * share));
    if (!wantedLinks) return;
    const candidates: Attendee[] = [];
    for (let m = month - 2; m <= month; m++)
      for (const a of recent.get(`${centre.id}:${m}`)?.items ?? []) if (a.at < held) candidates.push(a);
    const linked: Record<string, number> = { female: 0, male: 0, other: 0, unknown: 0 };
    const taken = new Set<string>();
    for (let tries = 0; tries < wantedLinks * 3 && taken.size < wantedLinks && candidates.length; tries++) {
      const a = random.pick(candidates);
      if (taken.has(a.id) || (linked[a.sex] ?? 0) >= (bySex[a.sex] ?? 0)) continue;
      taken.add(a.id);
      linked[a.sex] = (linked[a.sex] ?? 0) + 1;
      pushRow(batches.attendees, [centre.countryCode, id, a.id]);
    }
    counts.attendees += taken.size;
  }

  function emitMonth(batches: EventBatches, month: number) {
    const first = monthStart(month);
    const days = Math.min(
      Math.round((monthStart(month + 1) - first) / DAY),
      Math.floor((asOf - first) / DAY),
    );
    if (days <= 0) return;
    for (const centre of options.centres) {
      const count = poisson(random, options.perCentreMonth);
      for (let i = 0; i < count; i++) emitEvent(batches, centre, month, first, days);
      counts.events += count;
    }
    for (const centre of options.centres) recent.delete(`${centre.id}:${month - 2}`);
  }

  return {
    counts,
    /** Remembers a registered client as a possible attendee of the centre's coming events. */
    noteClient(centreId: string, attendee: Attendee) {
      const key = `${centreId}:${monthIndex(attendee.at)}`;
      let r = recent.get(key);
      if (!r) {
        r = { seen: 0, items: [] };
        recent.set(key, r);
      }
      r.seen++;
      if (r.items.length < RESERVOIR) r.items.push(attendee);
      else {
        const j = Math.floor(random.next() * r.seen);
        if (j < RESERVOIR) r.items[j] = attendee;
      }
    },
    /** Emits the events of every month that ended by `at`. */
    emitUntil(batches: EventBatches, at: number) {
      while (nextMonth <= lastMonth && monthStart(nextMonth + 1) <= at) emitMonth(batches, nextMonth++);
    },
    /** Emits the remaining months, up to the day before as-of. */
    finish(batches: EventBatches) {
      while (nextMonth <= lastMonth) emitMonth(batches, nextMonth++);
    },
  };
}

function poisson(random: Random, mean: number): number {
  return mean > 0 ? random.poisson(mean) : 0;
}
