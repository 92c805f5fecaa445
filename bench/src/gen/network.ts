/**
 * The partner network a dataset refers into: per country, partner organisations with their
 * data-sharing agreements, and the offers they run — courses in cohorts (dated, with seats) and
 * rolling services. Offers scale with the clients the country is expected to register, so
 * cohorts fill about as they do in the programme (some fill up). Plans carry what the referral
 * maker needs (windows in which an offer or partner can receive referrals, seats taken so far);
 * `networkBatches` turns them into rows once the users who created them exist.
 */
import { AGREEMENTS, type ColumnBatch, newBatch, OFFERS, PARTNERS, pushRow } from './load.js';
import {
  CATEGORY_DESCRIPTION,
  type Category,
  COUNTRY,
  DESCRIPTIONS,
  DURATION,
  GROUP_SHARE,
  type Localised,
  MONTHS,
  NAME_TEMPLATES,
  PARTNER_TYPES,
  type PartnerType,
  REFERRAL_MIX,
  SUBJECTS,
  TYPE_OFFERS,
} from './network-catalogue.js';
import { isoDate, makePhone } from './people.js';
import { createRandom, type Random, uuidv7At } from './prng.js';

export const DAY = 86_400_000;
/** Clients are registered over the two years before the as-of date. */
export const SPAN = 2 * 365 * DAY;

export type { Category, PartnerType };

export type NetworkCentre = { id: string; countryCode: string; code: string; languages: string[] };

type Agreement = { id: string; signedOn: string; expiresOn: string; purposes: string[]; reference: string };

export type PartnerPlan = {
  countryCode: string;
  id: string;
  name: string;
  type: PartnerType;
  createdAt: number;
  agreements: Agreement[];
  /** Days (ISO dates) on which an agreement covering referrals is in force: [from, until). */
  referralFrom: string | null;
  referralUntil: string | null;
  /** Whether referrals may go to the organisation itself, without an offer. */
  takesDirectReferrals: boolean;
  staffEmail: string;
  website: string;
  description: string;
  contacts: string;
};

export type OfferPlan = {
  countryCode: string;
  id: string;
  partner: PartnerPlan;
  category: Category;
  /** Empty: every centre of the country. */
  centreIds: string[];
  clientGroups: string[];
  sexes: string[];
  minAge?: number;
  maxAge?: number;
  capacity: number | null;
  /** Referrals are sent while the offer is open: [openFrom, openUntil), ms. */
  openFrom: number;
  openUntil: number;
  /** Cohorts: the course dates (ms, midnight UTC); rolling services have none. */
  startsOn: number | null;
  endsOn: number | null;
  /** Rolling services: how long a client typically stays, in days. */
  durationDays: [number, number];
  status: 'draft' | 'active' | 'paused' | 'closed';
  statusChangedAt: number | null;
  createdAt: number;
  json: {
    title: string;
    description: string;
    eligibility: string;
    schedule: string;
    cost: string;
    location: string | null;
  };
  languages: string[];
  deliveryMode: 'in_person' | 'online' | 'hybrid';
  /** Filled during the load, in emission order. */
  taken: number;
  lastSentAt: number;
  lastEnrolAt: number;
};

export type Network = {
  partners: PartnerPlan[];
  offers: OfferPlan[];
  partnersByCountry: Map<string, PartnerPlan[]>;
  /** Per `${country}:${category}`, sorted by openFrom. */
  offersByCategory: Map<string, OfferPlan[]>;
  /** The longest open window of any offer, to bound the search for open cohorts. */
  maxWindow: number;
};

const COHORT_WINDOW_BEFORE = 80 * DAY;
const COHORT_WINDOW_AFTER = 10 * DAY;
/** Cohorts of a partner and category start at least this often, so one is nearly always open. */
const MAX_COHORT_SPACING = 75 * DAY;

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

const dayStart = (ms: number) => Math.floor(ms / DAY) * DAY;

export type NetworkOptions = {
  seed: number;
  clients: number;
  asOf: Date;
  centres: NetworkCentre[];
  /** Country weights of the client generator: how many clients each country will register. */
  countryWeights: [string, number][];
  /** Share of clients referred at least once: offers are sized for it. */
  referralShare: number;
};

/** Plans the partners, agreements and offers of every country that has centres. */
export function planNetwork(options: NetworkOptions): Network {
  const random = createRandom(options.seed ^ 0x0ff3_25a1);
  const asOf = options.asOf.getTime();
  const start = asOf - SPAN;
  const countries = options.countryWeights.filter(([c]) => options.centres.some((x) => x.countryCode === c));
  const weightSum = countries.reduce((s, [, w]) => s + w, 0);
  const partners: PartnerPlan[] = [];
  const offers: OfferPlan[] = [];
  const partnersByCountry = new Map<string, PartnerPlan[]>();
  const offersByCategory = new Map<string, OfferPlan[]>();
  const categoryShare = overallCategoryShare();

  for (const [country, weight] of countries) {
    const info = COUNTRY[country] ?? { name: country, currency: 'USD', cities: [country] };
    const centres = options.centres.filter((c) => c.countryCode === country);
    const count = 6 + Math.round(weight / 3);
    const own: PartnerPlan[] = [];
    const usedNames = new Set<string>();
    for (let i = 0; i < count; i++) {
      const type = PARTNER_TYPES[i % PARTNER_TYPES.length] as PartnerType;
      const partner = planPartner(random, country, type, i, info, usedNames, start, asOf);
      own.push(partner);
      partners.push(partner);
    }
    partnersByCountry.set(country, own);

    // Expected referrals per category over the span, split among the partners offering it.
    const countryClients = (options.clients * weight) / weightSum;
    const referrals = countryClients * options.referralShare * 1.3;
    const providers = new Map<Category, PartnerPlan[]>();
    for (const p of own)
      for (const [category] of TYPE_OFFERS[p.type])
        providers.set(category, [...(providers.get(category) ?? []), p]);
    for (const p of own) {
      for (const [category, kind] of TYPE_OFFERS[p.type]) {
        const expected =
          (referrals * (categoryShare.get(category) ?? 0)) / (providers.get(category)?.length ?? 1);
        const planned =
          kind === 'cohort'
            ? planCohorts(random, p, category, expected, centres, info, start, asOf)
            : [planRolling(random, p, category, expected, centres, info, start)];
        for (const offer of planned) {
          offers.push(offer);
          const key = `${country}:${category}`;
          offersByCategory.set(key, [...(offersByCategory.get(key) ?? []), offer]);
        }
      }
    }
  }
  for (const list of offersByCategory.values()) list.sort((a, b) => a.openFrom - b.openFrom);
  const maxWindow = Math.max(
    0,
    ...offers.filter((o) => o.startsOn !== null).map((o) => o.openUntil - o.openFrom),
  );
  return { partners, offers, partnersByCountry, offersByCategory, maxWindow };
}

function overallCategoryShare(): Map<string, number> {
  const share = new Map<string, number>();
  for (const [group, groupShare] of GROUP_SHARE) {
    const mix = REFERRAL_MIX[group] ?? [];
    const total = mix.reduce((s, [, w]) => s + w, 0);
    for (const [category, w] of mix)
      share.set(category, (share.get(category) ?? 0) + (groupShare * w) / total);
  }
  return share;
}

function planPartner(
  random: Random,
  country: string,
  type: PartnerType,
  index: number,
  info: { name: string; cities: string[] },
  usedNames: Set<string>,
  start: number,
  asOf: number,
): PartnerPlan {
  const templates = NAME_TEMPLATES[type];
  let name = '';
  for (let attempt = 0; attempt < 20 && (!name || usedNames.has(name)); attempt++)
    name = `${random.pick(templates)(random.pick(info.cities), info.name)} (bench)`;
  if (usedNames.has(name)) name = name.replace(' (bench)', ` ${index + 1} (bench)`);
  usedNames.add(name);

  // Most partners work with the centres from before the span; some join during it.
  const joinsLate = index >= 4 && random.chance(0.2);
  const firstSigned = joinsLate ? start + random.next() * 0.7 * SPAN : start - random.int(30, 500) * DAY;
  const createdAt = firstSigned - random.int(5, 60) * DAY;
  const isReferralPartner = type !== 'multilateral';
  const purposes = (base: string[]) => [
    ...base,
    ...(random.chance(0.4) ? ['statistics'] : []),
    ...(random.chance(0.3) ? ['follow_up'] : []),
  ];
  const agreements: Agreement[] = [];
  const first = {
    signedOn: isoDate(new Date(dayStart(firstSigned))),
    expiresOn: isoDate(new Date(dayStart(firstSigned) + random.int(3, 5) * 365 * DAY)),
  };
  // A few partners (never the first few of a country) let their agreement lapse before as-of.
  const lapses = isReferralPartner && index >= 4 && !joinsLate && random.chance(0.12);
  if (lapses) first.expiresOn = isoDate(new Date(dayStart(asOf - random.int(30, 200) * DAY)));
  const reference = (n: number) => `DSA-${country}-${String(index + 1).padStart(2, '0')}-${n}`;
  agreements.push({
    id: '',
    ...first,
    purposes: isReferralPartner ? purposes(['referrals', 'outcome_feedback']) : ['statistics', 'follow_up'],
    reference: reference(1),
  });
  // Renewed before it runs out when it would expire within a year of as-of.
  if (!lapses && Date.parse(first.expiresOn) < asOf + 365 * DAY) {
    const renewed = Math.min(Date.parse(first.expiresOn) - random.int(10, 60) * DAY, asOf - DAY);
    agreements.push({
      id: '',
      signedOn: isoDate(new Date(renewed)),
      expiresOn: isoDate(new Date(renewed + 3 * 365 * DAY)),
      purposes: agreements[0]?.purposes ?? ['referrals'],
      reference: reference(2),
    });
  }
  for (const a of agreements) a.id = uuidv7At(random, new Date(Math.min(Date.parse(a.signedOn), asOf)));
  const covering = agreements.filter((a) => a.purposes.includes('referrals'));
  const site = slug(name.replace(' (bench)', ''));
  const contacts = [
    {
      name: random.pick(['Programme coordinator', 'Admissions office', 'Partnership desk']),
      role: random.pick(['Coordinator', 'Admissions', 'Referrals']),
      email: `referrals@${site}.example.org`,
      phone: makePhone(random, country),
    },
  ];
  return {
    countryCode: country,
    id: uuidv7At(random, new Date(createdAt)),
    name,
    type,
    createdAt,
    agreements,
    referralFrom: covering[0]?.signedOn ?? null,
    referralUntil: covering[covering.length - 1]?.expiresOn ?? null,
    takesDirectReferrals: [
      'ngo',
      'health_psychosocial',
      'public_employment_service',
      'diaspora_organisation',
    ].includes(type),
    staffEmail: `bench.${country.toLowerCase()}-partner-${String(index + 1).padStart(2, '0')}@bench.pathways.local`,
    website: `https://www.${site}.example.org`,
    description: DESCRIPTIONS[type],
    contacts: JSON.stringify(contacts),
  };
}

function offerLanguages(random: Random, category: Category, centres: NetworkCentre[]): string[] {
  const local = [...new Set(centres.flatMap((c) => c.languages))];
  if (category === 'pre_integration_language_course') return ['de', ...local.slice(0, 1)];
  return random.chance(0.5) ? local : local.slice(0, 1);
}

function titleOf(subject: Localised, centres: NetworkCentre[], suffix?: Localised): string {
  const languages = new Set(centres.flatMap((c) => c.languages));
  const withSuffix = (lang: keyof Localised) => (suffix ? `${subject[lang]} ${suffix[lang]}` : subject[lang]);
  return JSON.stringify({
    en: withSuffix('en'),
    ...(languages.has('fr') ? { fr: withSuffix('fr') } : {}),
    ...(languages.has('ar') ? { ar: withSuffix('ar') } : {}),
  });
}

function eligibilityFor(random: Random, category: Category, subject: Localised) {
  const groups: Partial<Record<Category, string[]>> = {
    pre_integration_language_course: ['prospective_migrant'],
    recognition_support: ['prospective_migrant', 'returnee'],
    reintegration_assistance: ['returnee'],
    shelter_emergency: ['returnee'],
    business_start_up: random.chance(0.5) ? ['returnee'] : ['returnee', 'local_job_seeker'],
  };
  const womenOnly = subject.en.includes('women');
  const youth = ['vocational_training', 'job_placement'].includes(category) && random.chance(0.25);
  const adultsOnly = !['psychosocial_support', 'health', 'shelter_emergency'].includes(category);
  return {
    clientGroups: groups[category] ?? [],
    sexes: womenOnly ? ['female'] : [],
    minAge: adultsOnly ? 18 : undefined,
    maxAge: youth ? 35 : undefined,
  };
}

function offerJson(
  random: Random,
  partner: PartnerPlan,
  category: Category,
  centres: NetworkCentre[],
  info: { currency: string; cities: string[] },
  eligibility: { clientGroups: string[]; sexes: string[]; minAge?: number; maxAge?: number },
  subject: Localised,
  schedule: Record<string, unknown>,
  deliveryMode: string,
  suffix?: Localised,
) {
  const city = random.pick(info.cities);
  const paid = ['vocational_training', 'qualification', 'pre_integration_language_course'].includes(category);
  return {
    title: titleOf(subject, centres, suffix),
    description: JSON.stringify({ en: CATEGORY_DESCRIPTION[category] }),
    eligibility: JSON.stringify({ ...eligibility, regions: [] }),
    schedule: JSON.stringify(schedule),
    cost: JSON.stringify({
      amount: paid && random.chance(0.3) ? random.int(5, 60) * 100 : 0,
      currency: info.currency,
    }),
    location:
      deliveryMode === 'online' ? null : JSON.stringify({ name: partner.name.replace(' (bench)', ''), city }),
  };
}

const cohortSuffix = (startsOn: number): Localised => {
  const d = new Date(startsOn);
  const m = d.getUTCMonth();
  const y = d.getUTCFullYear();
  return {
    en: `(starts ${MONTHS.en[m]} ${y})`,
    fr: `(début ${MONTHS.fr[m]} ${y})`,
    ar: `(يبدأ ${MONTHS.ar[m]} ${y})`,
  };
};

/** Cohorts of a course, spaced over the span, sized so that together they seat the expected enrolments. */
function planCohorts(
  random: Random,
  partner: PartnerPlan,
  category: Category,
  expectedReferrals: number,
  centres: NetworkCentre[],
  info: { currency: string; cities: string[] },
  start: number,
  asOf: number,
): OfferPlan[] {
  const [minSeats, maxSeats] = category === 'business_start_up' ? [15, 40] : [12, 30];
  const from = Math.max(start - 30 * DAY, partner.createdAt + COHORT_WINDOW_BEFORE);
  const until = asOf + 150 * DAY;
  if (from >= until) return [];
  // About 60 % of referrals to a course end in an enrolment; cohorts run about 85 % full.
  const bySeats = Math.ceil((expectedReferrals * 0.6) / (((minSeats + maxSeats) / 2) * 0.85));
  const count = Math.max(Math.ceil((until - from) / MAX_COHORT_SPACING), bySeats);
  const spacing = (until - from) / count;
  const subjects = SUBJECTS[category];
  const plans: OfferPlan[] = [];
  for (let i = 0; i < count; i++) {
    const startsOn = dayStart(from + (i + random.next()) * spacing);
    const openFrom = startsOn - COHORT_WINDOW_BEFORE;
    if (openFrom > asOf) continue; // not announced yet
    const [minDays, maxDays] = DURATION[category];
    const endsOn = startsOn + random.int(Math.ceil(minDays / 7), Math.ceil(maxDays / 7)) * 7 * DAY;
    const subject = random.pick(subjects);
    const eligibility = eligibilityFor(random, category, subject);
    const deliveryMode = random.weighted<OfferPlan['deliveryMode']>([
      ['in_person', 70],
      ['hybrid', 25],
      ['online', category === 'pre_integration_language_course' ? 15 : 0],
    ]);
    // A course announced in the last fortnight may still be a draft: nobody refers to it yet.
    const status: OfferPlan['status'] =
      openFrom > asOf - 14 * DAY && random.chance(0.3) ? 'draft' : endsOn < asOf ? 'closed' : 'active';
    const statusChangedAt = status === 'closed' ? Math.min(endsOn + random.int(1, 14) * DAY, asOf) : null;
    const capacity = random.int(minSeats, maxSeats);
    plans.push({
      countryCode: partner.countryCode,
      id: uuidv7At(random, new Date(openFrom)),
      partner,
      category,
      centreIds: centres.length > 1 && random.chance(0.2) ? [random.pick(centres).id] : [],
      ...eligibility,
      capacity,
      openFrom,
      openUntil: status === 'draft' ? openFrom : startsOn + COHORT_WINDOW_AFTER,
      startsOn,
      endsOn,
      durationDays: [Math.round((endsOn - startsOn) / DAY), Math.round((endsOn - startsOn) / DAY)],
      status,
      statusChangedAt,
      createdAt: openFrom,
      json: offerJson(
        random,
        partner,
        category,
        centres,
        info,
        eligibility,
        subject,
        {
          startsOn: isoDate(new Date(startsOn)),
          endsOn: isoDate(new Date(endsOn)),
          sessions: random.int(8, 60),
          note: random.pick(['Mon–Thu 9:00–13:00', 'Evenings 17:00–20:00', 'Weekdays 8:00–15:00']),
        },
        deliveryMode,
        cohortSuffix(startsOn),
      ),
      languages: offerLanguages(random, category, centres),
      deliveryMode,
      taken: 0,
      lastSentAt: 0,
      lastEnrolAt: 0,
    });
  }
  return plans;
}

/** A rolling service: open from the partner's start, paused or closed for a few. */
function planRolling(
  random: Random,
  partner: PartnerPlan,
  category: Category,
  expectedReferrals: number,
  centres: NetworkCentre[],
  info: { currency: string; cities: string[] },
  start: number,
): OfferPlan {
  const openFrom = Math.max(partner.createdAt + random.int(5, 30) * DAY, start - 400 * DAY);
  const ends = random.chance(0.1);
  const openUntil = ends
    ? Math.max(openFrom + 60 * DAY, start + (0.3 + 0.65 * random.next()) * SPAN)
    : Number.POSITIVE_INFINITY;
  const status: OfferPlan['status'] = ends ? (random.chance(0.5) ? 'paused' : 'closed') : 'active';
  // Employers place a limited number of people: enough for about two thirds of the demand.
  const capacity =
    partner.type === 'private_employer' ? Math.max(10, Math.round(expectedReferrals * 0.6 * 0.65)) : null;
  const subject = random.pick(SUBJECTS[category]);
  const eligibility = eligibilityFor(random, category, subject);
  const deliveryMode = random.weighted<OfferPlan['deliveryMode']>([
    ['in_person', 60],
    ['hybrid', 30],
    ['online', 10],
  ]);
  return {
    countryCode: partner.countryCode,
    id: uuidv7At(random, new Date(openFrom)),
    partner,
    category,
    centreIds: [],
    ...eligibility,
    capacity,
    openFrom,
    openUntil,
    startsOn: null,
    endsOn: null,
    durationDays: DURATION[category],
    status,
    statusChangedAt: ends ? openUntil : null,
    createdAt: openFrom,
    json: offerJson(random, partner, category, centres, info, eligibility, subject, {}, deliveryMode),
    languages: offerLanguages(random, category, centres),
    deliveryMode,
    taken: 0,
    lastSentAt: 0,
    lastEnrolAt: 0,
  };
}

/** Every language an offer may name, to check against the code list. */
export const networkLanguages = (network: Network) => [
  ...new Set(network.offers.flatMap((o) => o.languages)),
];

/** Partners, agreements and offers as rows; offers with all their seats free (the load takes them). */
export function networkBatches(network: Network, managerByCountry: Map<string, string>): ColumnBatch[] {
  const partners = newBatch(PARTNERS);
  const agreements = newBatch(AGREEMENTS);
  const offers = newBatch(OFFERS);
  for (const p of network.partners) {
    const manager = managerByCountry.get(p.countryCode) as string;
    const created = new Date(p.createdAt).toISOString();
    const lastAgreement = Math.max(
      p.createdAt,
      ...p.agreements.map((a) => Date.parse(a.signedOn) + 10 * 3_600_000),
    );
    pushRow(partners, [
      p.countryCode,
      p.id,
      p.name,
      p.type,
      p.website,
      p.description,
      p.contacts,
      1,
      created,
      new Date(lastAgreement).toISOString(),
    ]);
    for (const a of p.agreements)
      pushRow(agreements, [
        p.countryCode,
        a.id,
        p.id,
        a.signedOn,
        a.expiresOn,
        a.purposes.join(' '),
        a.reference,
        manager,
        new Date(Date.parse(a.signedOn) + 10 * 3_600_000).toISOString(),
      ]);
  }
  for (const o of network.offers) {
    pushRow(offers, [
      o.countryCode,
      o.id,
      o.partner.id,
      o.category,
      o.centreIds.join(' '),
      o.json.title,
      o.json.description,
      o.json.eligibility,
      o.capacity,
      o.capacity,
      o.json.schedule,
      o.startsOn === null ? null : isoDate(new Date(o.startsOn)),
      o.endsOn === null ? null : isoDate(new Date(o.endsOn)),
      o.json.cost,
      o.deliveryMode,
      o.languages.join(' '),
      o.json.location,
      o.status,
      o.statusChangedAt === null ? 1 : 2,
      managerByCountry.get(o.countryCode) as string,
      new Date(o.createdAt).toISOString(),
      new Date(o.createdAt).toISOString(),
    ]);
  }
  return [partners, agreements, offers];
}

/** The seats each offer has left after the load, and when it last changed. */
export function offerSeatUpdates(network: Network) {
  const rows = network.offers.filter((o) => o.taken > 0 || o.statusChangedAt !== null);
  return {
    countryCodes: rows.map((o) => o.countryCode),
    ids: rows.map((o) => o.id),
    seatsLeft: rows.map((o) => (o.capacity === null ? null : o.capacity - o.taken)),
    updatedAt: rows.map((o) =>
      new Date(Math.max(o.createdAt, o.statusChangedAt ?? 0, o.lastEnrolAt)).toISOString(),
    ),
  };
}
