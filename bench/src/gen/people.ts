/**
 * One synthetic person and the records counsellors make of them: names drawn from the country's
 * pools, a profile with realistic shares, and the spelling variants a second registration brings.
 */
import { NAMING, type NameEntry, type NamePool } from './names.js';
import type { Random } from './prng.js';

export type NameFields = { given?: string; middle?: string; family?: string };

/** What the duplicate check reads: the same shape as the server's DuplicateCheckBody. */
export type PersonDraft = {
  name: NameFields;
  nameOriginal?: NameFields;
  sex: 'female' | 'male' | 'other' | 'unknown';
  dateOfBirth?: { value: string; precision: 'exact' | 'year' | 'estimated' };
  phone?: string;
  idDocument?: { type: 'passport' | 'national_id'; number: string };
};

type Part = { field: 'given' | 'middle' | 'family'; entry: NameEntry; form: number };

export type Person = {
  country: string;
  parts: Part[];
  withScript: boolean;
  draft: PersonDraft;
};

export const VARIANT_KINDS = [
  'transliteration',
  'original_script_only',
  'swapped',
  'dropped_middle',
  'typo',
  'article',
] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

// Clients per centre activity, roughly: the big centres are in West Africa, Egypt and Iraq.
export const COUNTRY_WEIGHTS: [string, number][] = [
  ['NG', 16],
  ['GH', 14],
  ['EG', 12],
  ['IQ', 12],
  ['PK', 10],
  ['MA', 9],
  ['TN', 8],
  ['ID', 6],
  ['JO', 5],
  ['AL', 2],
  ['XK', 2],
  ['GM', 2],
  ['SN', 1.5],
  ['RS', 1.5],
];

// National number plans: mobile prefix after the country code, then the count of further digits.
const PHONES: Record<string, [string, string[], number]> = {
  MA: ['+212', ['6', '7'], 8],
  TN: ['+216', ['2', '5', '9'], 7],
  EG: ['+20', ['10', '11', '12', '15'], 8],
  IQ: ['+964', ['75', '77', '78', '79'], 8],
  PK: ['+92', ['30', '31', '32', '33', '34'], 8],
  GH: ['+233', ['20', '24', '54', '55', '50'], 7],
  NG: ['+234', ['70', '80', '81', '90', '91'], 8],
  JO: ['+962', ['77', '78', '79'], 7],
  ID: ['+62', ['812', '813', '821', '852', '857'], 8],
  AL: ['+355', ['67', '68', '69'], 7],
  GM: ['+220', ['3', '5', '7', '9'], 6],
  XK: ['+383', ['44', '45', '49'], 6],
  SN: ['+221', ['70', '76', '77', '78'], 7],
  RS: ['+381', ['60', '61', '62', '63', '64', '65', '66'], 7],
};

const REGIONS: Record<string, string[]> = {
  MA: [
    'Casablanca-Settat',
    'Rabat-Salé-Kénitra',
    'Fès-Meknès',
    'Marrakech-Safi',
    'Tanger-Tétouan-Al Hoceïma',
    'Oriental',
    'Souss-Massa',
  ],
  TN: ['Tunis', 'Sfax', 'Sousse', 'Kairouan', 'Gafsa', 'Médenine', 'Jendouba', 'Sidi Bouzid'],
  EG: ['Cairo', 'Giza', 'Alexandria', 'Sharqia', 'Dakahlia', 'Gharbia', 'Minya', 'Asyut', 'Sohag'],
  IQ: ['Erbil', 'Baghdad', 'Duhok', 'Sulaymaniyah', 'Nineveh', 'Basra', 'Anbar', 'Kirkuk'],
  PK: ['Punjab', 'Islamabad Capital Territory', 'Khyber Pakhtunkhwa', 'Sindh', 'Azad Kashmir'],
  GH: ['Greater Accra', 'Ashanti', 'Eastern', 'Central', 'Bono', 'Northern', 'Volta', 'Western'],
  NG: ['Edo', 'Lagos', 'FCT', 'Delta', 'Ogun', 'Oyo', 'Kano', 'Anambra', 'Imo'],
  JO: ['Amman', 'Irbid', 'Zarqa', 'Mafraq', 'Balqa'],
  ID: ['Jawa Barat', 'Nusa Tenggara Barat', 'Jawa Tengah', 'Jawa Timur', 'Banten'],
  AL: ['Tiranë', 'Durrës', 'Shkodër', 'Elbasan', 'Fier', 'Vlorë'],
  GM: ['Banjul', 'Kanifing', 'West Coast', 'North Bank', 'Lower River'],
  XK: ['Prishtinë', 'Prizren', 'Pejë', 'Mitrovicë', 'Gjilan', 'Ferizaj'],
  SN: ['Dakar', 'Thiès', 'Saint-Louis', 'Kaolack', 'Ziguinchor', 'Kolda'],
  RS: ['Beograd', 'Južnobački', 'Nišavski', 'Šumadijski', 'Pčinjski'],
};

const NATIVE: Record<string, string[]> = {
  MA: ['ar', 'ar', 'ber'],
  TN: ['ar'],
  EG: ['ar'],
  IQ: ['ar', 'ar', 'ckb'],
  PK: ['ur', 'pa', 'ps'],
  GH: ['tw', 'tw', 'en', 'ha'],
  NG: ['yo', 'ha', 'ig', 'en'],
  JO: ['ar'],
  ID: ['id', 'id', 'jv'],
  AL: ['sq'],
  GM: ['mnk', 'wo', 'ff'],
  XK: ['sq'],
  SN: ['wo', 'ff', 'fr'],
  RS: ['sr'],
};
const SECOND: Record<string, [string, number][]> = {
  MA: [
    ['fr', 0.75],
    ['en', 0.3],
    ['de', 0.25],
  ],
  TN: [
    ['fr', 0.8],
    ['en', 0.35],
    ['de', 0.2],
  ],
  EG: [
    ['en', 0.6],
    ['de', 0.2],
  ],
  IQ: [
    ['en', 0.45],
    ['de', 0.15],
  ],
  PK: [
    ['en', 0.6],
    ['de', 0.1],
  ],
  GH: [
    ['en', 0.9],
    ['de', 0.1],
  ],
  NG: [
    ['en', 0.95],
    ['de', 0.1],
  ],
  JO: [
    ['en', 0.6],
    ['de', 0.2],
  ],
  ID: [
    ['en', 0.4],
    ['de', 0.15],
  ],
  AL: [
    ['en', 0.5],
    ['it', 0.4],
    ['de', 0.3],
  ],
  GM: [
    ['en', 0.9],
    ['de', 0.05],
  ],
  XK: [
    ['en', 0.5],
    ['de', 0.45],
    ['sr', 0.2],
  ],
  SN: [
    ['en', 0.3],
    ['de', 0.05],
  ],
  RS: [
    ['en', 0.6],
    ['de', 0.35],
  ],
};
/** Every code the generator writes, so the loader can check them against the database's code lists. */
export const usedCodes = () => ({
  languages: [
    ...new Set([...Object.values(NATIVE).flat(), ...Object.values(SECOND).flatMap((l) => l.map(([c]) => c))]),
  ],
  isco_08: ISCO,
});
const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const ISCED: [number, number][] = [
  [0, 3],
  [1, 7],
  [2, 15],
  [3, 35],
  [4, 10],
  [5, 5],
  [6, 20],
  [7, 4],
  [8, 1],
];
const ISCO = [
  '7126',
  '5120',
  '3221',
  '2221',
  '7231',
  '7411',
  '5223',
  '8322',
  '9313',
  '2512',
  '4110',
  '6111',
  '7115',
  '5131',
  '3115',
  '2341',
  '7212',
  '5321',
  '9112',
  '8332',
];
const DESTINATIONS: [string, number][] = [
  ['DE', 60],
  ['AT', 4],
  ['FR', 6],
  ['IT', 6],
  ['ES', 4],
  ['NL', 3],
  ['BE', 3],
  ['CA', 4],
  ['GB', 4],
  ['SA', 3],
  ['AE', 3],
  ['QA', 2],
];
const RETURNED_FROM: [string, number][] = [
  ['DE', 30],
  ['LY', 15],
  ['IT', 10],
  ['TR', 8],
  ['SA', 8],
  ['AE', 6],
  ['FR', 6],
  ['GR', 5],
  ['AT', 4],
  ['NE', 4],
  ['MA', 4],
];
const HEARD_VIA: [string, number][] = [
  ['walk_in', 20],
  ['friends_family', 30],
  ['social_media', 25],
  ['radio_tv', 5],
  ['event', 10],
  ['partner_referral', 8],
  ['other', 2],
];

const DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const isoDate = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

const digits = (random: Random, count: number) => {
  let out = '';
  for (let i = 0; i < count; i++) out += String(random.int(0, 9));
  return out;
};

export function makePhone(random: Random, country: string): string {
  const [code, prefixes, rest] = PHONES[country] ?? ['+1', ['555'], 7];
  return `${code}${random.pick(prefixes)}${digits(random, rest)}`;
}

const formIndex = (random: Random, entry: NameEntry, prefersLast: boolean) => {
  const index = random.skewedIndex(entry.forms.length);
  return prefersLast ? entry.forms.length - 1 - index : index;
};

function pickParts(
  random: Random,
  country: string,
  sex: PersonDraft['sex'],
): { parts: Part[]; withScript: boolean } {
  const naming = NAMING[country];
  if (!naming) throw new Error(`no names for ${country}`);
  const minority = naming.minority && random.chance(naming.minority.share) ? naming.minority : undefined;
  const pool: NamePool = minority?.pool ?? naming.pool;
  const scriptShare = minority?.scriptShare ?? naming.scriptShare;
  const prefersLast = Boolean(naming.prefersLastForm);
  const firstNames = sex === 'female' ? pool.female : pool.male;
  const given = random.pick(firstNames);
  const parts: Part[] = [{ field: 'given', entry: given, form: formIndex(random, given, prefersLast) }];
  if (!random.chance(naming.singleNameShare)) {
    if (random.chance(naming.middleShare)) {
      // A father's name (Arab countries), a second given name elsewhere.
      const middle = random.pick(naming.scriptShare > 0 ? pool.male : firstNames);
      parts.push({ field: 'middle', entry: middle, form: formIndex(random, middle, prefersLast) });
    }
    const family = random.pick(pool.family.length ? pool.family : pool.male);
    parts.push({ field: 'family', entry: family, form: formIndex(random, family, prefersLast) });
  }
  const hasScript = parts.every((p) => p.entry.script);
  return { parts, withScript: hasScript && random.chance(scriptShare) };
}

function namesOf(parts: Part[], withScript: boolean): Pick<PersonDraft, 'name' | 'nameOriginal'> {
  const name: NameFields = {};
  const original: NameFields = {};
  for (const p of parts) {
    name[p.field] = p.entry.forms[p.form] ?? p.entry.forms[0];
    if (p.entry.script) original[p.field] = p.entry.script;
  }
  return withScript ? { name, nameOriginal: original } : { name };
}

function makeDateOfBirth(random: Random, asOf: Date): PersonDraft['dateOfBirth'] {
  if (random.chance(0.02)) return undefined;
  // Mostly 18–55, most in their twenties and early thirties.
  const age = random.chance(0.92)
    ? 18 + Math.floor(37 * ((random.next() + random.next()) / 2) ** 1.4)
    : random.int(56, 66);
  const born = new Date(asOf.getTime() - (age * 365.25 + random.int(0, 364)) * DAY);
  const r = random.next();
  if (r < 0.86) return { value: isoDate(born), precision: 'exact' };
  if (r < 0.95) return { value: String(born.getUTCFullYear()), precision: 'year' };
  return { value: String(born.getUTCFullYear()), precision: 'estimated' };
}

function makeIdDocument(random: Random, country: string): PersonDraft['idDocument'] {
  if (!random.chance(0.45)) return undefined;
  const isPassport = random.chance(0.35);
  return {
    type: isPassport ? 'passport' : 'national_id',
    number: `${country}${isPassport ? 'P' : ''}${digits(random, isPassport ? 7 : 10)}`,
  };
}

export function makePerson(random: Random, country: string, asOf: Date): Person {
  const sex = random.weighted<PersonDraft['sex']>([
    ['female', 40],
    ['male', 59.5],
    ['other', 0.2],
    ['unknown', 0.3],
  ]);
  const nameSex =
    sex === 'female' ? 'female' : sex === 'male' ? 'male' : random.chance(0.5) ? 'female' : 'male';
  const { parts, withScript } = pickParts(random, country, nameSex);
  const draft: PersonDraft = {
    ...namesOf(parts, withScript),
    sex,
    dateOfBirth: makeDateOfBirth(random, asOf),
    phone: random.chance(0.9) ? makePhone(random, country) : undefined,
    idDocument: makeIdDocument(random, country),
  };
  return { country, parts, withScript, draft };
}

function typo(random: Random, word: string): string {
  if (word.length < 4) return `${word}${word.slice(-1)}`;
  const at = random.int(1, word.length - 2);
  const letters = 'aeioubdhklmnrsty';
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, at) + random.pick([...letters]) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
    default:
      return word.slice(0, at) + (word[at] ?? '') + word.slice(at);
  }
}

const otherForm = (random: Random, part: Part): Part | undefined => {
  if (part.entry.forms.length < 2) return undefined;
  let form = random.int(0, part.entry.forms.length - 2);
  if (form >= part.form) form++;
  return { ...part, form };
};

/** A second registration of the same person, as another counsellor (or the same, months later) types it. */
export function makeVariant(
  random: Random,
  person: Person,
  requested: VariantKind,
): { draft: PersonDraft; kind: VariantKind } {
  let kind = requested;
  let parts = person.parts.map((p) => ({ ...p }));
  let withScript = person.withScript && random.chance(0.5);
  let names: Pick<PersonDraft, 'name' | 'nameOriginal'> | undefined;
  const family = parts.find((p) => p.field === 'family');
  if (kind === 'original_script_only' && !parts.every((p) => p.entry.script)) kind = 'transliteration';
  if (kind === 'dropped_middle' && !parts.some((p) => p.field === 'middle')) kind = 'transliteration';
  if (kind === 'swapped' && !family) kind = 'typo';
  if (kind === 'article' && !family?.entry.forms.some((f) => /^(el|al)\b|^(el|al)[a-z]/i.test(f)))
    kind = 'transliteration';

  if (kind === 'transliteration') {
    const changed = parts.map((p) => (random.chance(0.7) ? (otherForm(random, p) ?? p) : p));
    const isChanged = changed.some((p, i) => p.form !== parts[i]?.form);
    if (isChanged) parts = changed;
    else {
      const alt = parts.map((p) => otherForm(random, p) ?? p);
      if (alt.some((p, i) => p.form !== parts[i]?.form)) parts = alt;
      else kind = 'typo';
    }
  } else if (kind === 'article' && family) {
    parts = parts.map((p) => (p.field === 'family' ? (otherForm(random, p) ?? p) : p));
  } else if (kind === 'dropped_middle') {
    parts = parts.filter((p) => p.field !== 'middle');
  } else if (kind === 'swapped') {
    parts = parts.map((p) => ({
      ...p,
      field: p.field === 'given' ? 'family' : p.field === 'family' ? 'given' : p.field,
    }));
  } else if (kind === 'original_script_only') {
    const script: NameFields = {};
    for (const p of parts) script[p.field] = p.entry.script;
    names = { name: script, nameOriginal: { ...script } };
    withScript = true;
  }
  names ??= namesOf(parts, withScript);
  if (kind === 'typo') {
    const target = random.chance(0.5) && names.name.family ? 'family' : 'given';
    const word = names.name[target];
    if (word) names = { ...names, name: { ...names.name, [target]: typo(random, word) } };
  }

  const base = person.draft;
  let dateOfBirth = base.dateOfBirth;
  if (dateOfBirth) {
    const r = random.next();
    if (r < 0.25) dateOfBirth = { value: dateOfBirth.value.slice(0, 4), precision: 'year' };
    else if (r < 0.3) dateOfBirth = undefined;
  }
  const r = random.next();
  const phone = base.phone && r < 0.4 ? base.phone : r < 0.7 ? makePhone(random, person.country) : undefined;
  const idDocument = base.idDocument && random.chance(0.15) ? base.idDocument : undefined;
  return { kind, draft: { ...names, sex: base.sex, dateOfBirth, phone, idDocument } };
}

export type Profile = {
  phoneHasMessenger: boolean;
  nationality: string;
  region: string | null;
  educationIsced: number | null;
  occupationIsco: string | null;
  workExperienceYears: number | null;
  languages: string;
  group: 'prospective_migrant' | 'returnee' | 'local_job_seeker';
  intentions: string | null;
  returnDetails: string | null;
  heardVia: string | null;
};

export function makeProfile(random: Random, country: string, draft: PersonDraft, createdAt: Date): Profile {
  const group = random.weighted<Profile['group']>([
    ['prospective_migrant', 74],
    ['returnee', 8.2],
    ['local_job_seeker', 17.8],
  ]);
  const languages = [{ code: random.pick(NATIVE[country] ?? ['en']), level: 'native' }];
  for (const [code, share] of SECOND[country] ?? []) {
    if (code !== languages[0]?.code && random.chance(share))
      languages.push({ code, level: random.pick(CEFR.slice(0, 5)) });
  }
  const birthYear = draft.dateOfBirth
    ? Number(draft.dateOfBirth.value.slice(0, 4))
    : createdAt.getUTCFullYear() - 30;
  const maxExperience = Math.max(0, createdAt.getUTCFullYear() - birthYear - 16);
  let intentions: string | null = null;
  let returnDetails: string | null = null;
  if (group === 'prospective_migrant') {
    const destinations = [
      ...new Set([
        random.weighted(DESTINATIONS),
        ...(random.chance(0.25) ? [random.weighted(DESTINATIONS)] : []),
      ]),
    ];
    const purposes = [
      random.weighted<string>([
        ['work', 60],
        ['vocational_training', 25],
        ['study', 10],
        ['regional', 5],
      ]),
    ];
    intentions = JSON.stringify({ destinations, purposes });
  } else if (group === 'returnee') {
    const returnedOn = new Date(createdAt.getTime() - random.int(10, 1000) * DAY);
    returnDetails = JSON.stringify({
      fromCountry: random.weighted(RETURNED_FROM.filter(([c]) => c !== country)),
      returnedOn: isoDate(returnedOn),
      kind: random.weighted<string>([
        ['voluntary', 40],
        ['assisted_voluntary', 40],
        ['forced', 15],
        ['other', 5],
      ]),
    });
  }
  return {
    phoneHasMessenger: Boolean(draft.phone) && random.chance(0.7),
    nationality: country,
    region: random.chance(0.8) ? random.pick(REGIONS[country] ?? ['—']) : null,
    educationIsced: random.chance(0.9) ? random.weighted(ISCED) : null,
    occupationIsco: random.chance(0.75) ? random.pick(ISCO) : null,
    workExperienceYears: random.chance(0.85)
      ? Math.round(random.next() * Math.min(maxExperience, 30) * 2) / 2
      : null,
    languages: JSON.stringify(languages),
    group,
    intentions,
    returnDetails,
    heardVia: random.chance(0.9) ? random.weighted(HEARD_VIA) : null,
  };
}
