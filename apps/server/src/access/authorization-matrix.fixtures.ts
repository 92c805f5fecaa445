import { clientBody, request } from '../testing/index.js';
import { type ClientScope, SHARED_FIELDS } from './authorization-matrix.leaks.js';
import type {
  ClientFixture,
  OrgScope,
  Person,
  ReferralFixture,
  ReferralScope,
  Versioned,
  World,
} from './authorization-matrix.world.js';

// Records for the matrix cells: unique personal values, clients with their casework, referrals,
// partners, offers and events, each arranged through the API by a user who may make it.

let serial = 0;
let people = 0;
/** Fixed-width letter codes, so no generated value is a substring of another. */
export const nextCode = () => {
  const n = serial++;
  return [Math.floor(n / 676) % 26, Math.floor(n / 26) % 26, n % 26]
    .map((i) => String.fromCharCode(97 + i))
    .join('');
};
const ARABIC = 'ابتثجحخدذرزسشصطعغفقكلمنهوي';
const arabicOf = (code: string) => [...code].map((c) => ARABIC[c.charCodeAt(0) - 97]).join('');

/** A person nobody else is called, born on a day nobody else was. */
export function newPerson(): Person {
  const code = nextCode();
  const n = people++;
  // Five days apart from 1950: thousands of adults before anyone is born after 1990.
  const day = new Date(Date.UTC(1950, 0, 1) + n * 5 * 86_400_000).toISOString().slice(0, 10);
  return {
    name: { given: `Gv${code}lo`, family: `Fm${code}ra` },
    nameOriginal: { given: `ظظ${arabicOf(code)}غ`, family: `ضض${arabicOf(code)}غ` },
    dateOfBirth: { value: day, precision: 'exact' },
    phone: `+9647${String(70_000_000 + n).padStart(9, '0')}`,
  };
}
export const sentinel = (kind: string) => `${kind}-${nextCode()}-sentinel`;

export function registerPerson(w: World, scope: ClientScope, p: Person) {
  w.personal.add(
    scope,
    p.name.given,
    p.name.family,
    p.nameOriginal.given,
    p.nameOriginal.family,
    p.phone,
    p.dateOfBirth.value,
  );
}

/** The maker of records in a scope: Iraq's country manager, or Morocco's. */
export const makerOf = (w: World, scope: ClientScope) =>
  scope === 'otherCountry' ? w.moroccanManager : w.sessions.country_manager;

export async function ok<T = Record<string, unknown>>(
  res: Promise<{ statusCode: number; body: string; json(): unknown }>,
  what: string,
): Promise<T> {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`arranging ${what}: ${r.statusCode} ${r.body}`);
  return (r.body ? r.json() : {}) as T;
}

// --- Clients and their casework ------------------------------------------------------------------

/** Registers a client in `scope` with consents to counselling, follow-up and sharing with both partners. */
export async function arrangeClient(w: World, scope: ClientScope): Promise<ClientFixture> {
  const person = newPerson();
  registerPerson(w, scope, person);
  const [ownOrg, otherOrg] =
    scope === 'otherCountry'
      ? [w.partners.otherCountry, w.moroccanOtherOrg]
      : [w.partners.own, w.partners.otherOrg];
  const body = clientBody(w.centres[scope], {
    ...person,
    nationality: w.countries[scope],
    consents: [
      { purpose: 'counselling', textVersion: 'c-1', language: 'ar' },
      { purpose: 'follow_up', textVersion: 'f-1', language: 'ar' },
      { purpose: 'partner_sharing', partnerOrganisationId: ownOrg, textVersion: 's-1', language: 'ar' },
      { purpose: 'partner_sharing', partnerOrganisationId: otherOrg, textVersion: 's-1', language: 'ar' },
    ],
  });
  type Created = {
    id: string;
    caseCode: string;
    version: number;
    consents: { id: string; purpose: string; partnerOrganisationId: string | null }[];
  };
  const c = await ok<Created>(request(w.app, makerOf(w, scope), 'POST', '/api/clients', body), 'a client');
  w.personal.addClient(c.id, c.caseCode);
  const consentFor = (purpose: string, org: string | null) =>
    c.consents.find((x) => x.purpose === purpose && x.partnerOrganisationId === org)?.id as string;
  return {
    scope,
    id: c.id,
    caseCode: c.caseCode,
    version: c.version,
    centreId: w.centres[scope],
    countryCode: w.countries[scope],
    person,
    consents: {
      followUp: consentFor('follow_up', null),
      sharingOwnOrg: consentFor('partner_sharing', ownOrg),
      sharingOtherOrg: consentFor('partner_sharing', otherOrg),
    },
  };
}

export function sessionBody(w: World, scope: ClientScope) {
  const notes = sentinel('note');
  const sensitiveNotes = sentinel('sensitive');
  w.personal.add(scope, notes);
  w.personal.addSensitive(scope, sensitiveNotes);
  return {
    heldOn: '2026-01-15',
    channel: 'in_person',
    format: 'individual',
    topics: ['regular_labour_migration'],
    durationMinutes: 45,
    notes,
    sensitiveNotes,
    nextSteps: 'Bring the diploma.',
  };
}

export async function arrangeSession(w: World, c: ClientFixture): Promise<string> {
  const s = await ok<{ id: string }>(
    request(w.app, makerOf(w, c.scope), 'POST', `/api/clients/${c.id}/sessions`, sessionBody(w, c.scope)),
    'a counselling session',
  );
  return s.id;
}

export async function arrangeTask(w: World, c: ClientFixture): Promise<Versioned> {
  return ok<Versioned>(
    request(w.app, makerOf(w, c.scope), 'POST', `/api/clients/${c.id}/tasks`, {
      title: 'Translate the diploma',
      dueOn: '2026-12-01',
    }),
    'a task',
  );
}

export async function arrangeClosedClient(w: World, scope: ClientScope): Promise<ClientFixture> {
  const c = await arrangeClient(w, scope);
  const closed = await ok<{ version: number }>(
    request(w.app, makerOf(w, scope), 'POST', `/api/clients/${c.id}/close`, {
      reason: 'moved_away',
      version: c.version,
    }),
    'closing a client',
  );
  return { ...c, version: closed.version };
}

export async function arrangeErasedClient(w: World, scope: ClientScope): Promise<ClientFixture> {
  const c = await arrangeClient(w, scope);
  await ok(
    request(w.app, makerOf(w, scope), 'POST', `/api/clients/${c.id}/erasure`, {
      reason: 'data_subject_request',
      version: c.version,
    }),
    'erasing a client',
  );
  return c;
}

// --- Referrals -----------------------------------------------------------------------------------

export function referralBody(w: World, c: ClientFixture, toOtherOrg = false) {
  const reason = sentinel('reason');
  w.personal.add(c.scope, reason);
  const org =
    c.scope === 'otherCountry' ? w.partners.otherCountry : toOtherOrg ? w.partners.otherOrg : w.partners.own;
  // The partner_staff's organisation is sent the given name and the reason, nothing else.
  if (org === w.partners.own) w.personal.addSharedWithPartner(c.person.name.given, reason);
  return {
    partnerOrganisationId: org,
    reason,
    consentId: toOtherOrg ? c.consents.sharingOtherOrg : c.consents.sharingOwnOrg,
    sharedFields: [...SHARED_FIELDS],
  };
}

/** A sent referral of a new client: see the table for what each referral scope means. */
export async function arrangeReferral(w: World, scope: ReferralScope): Promise<ReferralFixture> {
  const c = await arrangeClient(w, scope === 'otherOrg' ? 'own' : scope);
  return referClient(w, c, scope === 'otherOrg');
}

export async function referClient(w: World, c: ClientFixture, toOtherOrg = false): Promise<ReferralFixture> {
  const r = await ok<Versioned>(
    request(
      w.app,
      makerOf(w, c.scope),
      'POST',
      `/api/clients/${c.id}/referrals`,
      referralBody(w, c, toOtherOrg),
    ),
    'a referral',
  );
  return { id: r.id, version: r.version, clientId: c.id };
}

// --- Partners, offers, events ---------------------------------------------------------------------

const orgCountry = (scope: OrgScope) => (scope === 'otherCountry' ? 'MA' : 'IQ');

export const partnerBody = (name: string) => ({
  name,
  type: 'ngo',
  website: 'https://partner.example.org',
  description: 'A partner arranged by the authorization matrix.',
  contacts: [],
});

export async function arrangePartner(w: World, scope: OrgScope): Promise<Versioned> {
  return ok<Versioned>(
    request(w.app, w.sessions.admin, 'POST', '/api/partners', {
      ...partnerBody(`Matrix partner ${nextCode()}`),
      countryCode: orgCountry(scope),
    }),
    'a partner',
  );
}

export const offerBody = (partnerOrganisationId: string) => ({
  partnerOrganisationId,
  category: 'vocational_training',
  title: { en: `Matrix offer ${nextCode()}` },
  deliveryMode: 'in_person',
  languages: ['ar'],
  status: 'active',
});

export async function arrangeOffer(w: World, scope: OrgScope): Promise<Versioned> {
  return ok<Versioned>(
    request(w.app, w.sessions.admin, 'POST', '/api/offers', offerBody(w.partners[scope])),
    'an offer',
  );
}

export function eventFields(w: World, scope: ClientScope) {
  const notes = sentinel('event-note');
  w.personal.add(scope, notes);
  return {
    kind: 'information_session',
    title: 'Legal ways to work abroad',
    heldOn: '2026-02-10',
    topics: ['regular_labour_migration'],
    channel: 'in_person',
    location: 'Youth centre',
    notes,
    participants: { female: { '15_24': 4 }, male: { '25_34': 3 } },
  };
}

export async function arrangeEvent(w: World, scope: ClientScope): Promise<Versioned> {
  return ok<Versioned>(
    request(w.app, makerOf(w, scope), 'POST', '/api/events', {
      centreId: w.centres[scope],
      ...eventFields(w, scope),
    }),
    'an event',
  );
}
