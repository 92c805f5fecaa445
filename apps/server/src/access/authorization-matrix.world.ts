import { type Role, roles } from '@pathways/contracts';
import type { App } from '../app.js';
import { centreIds, demoEmail, logIn, request, type Session } from '../testing/index.js';
import { arrangeUser, userMembership } from './authorization-matrix.actors.js';
import {
  arrangeClient,
  arrangeErasedClient,
  arrangeEvent,
  arrangeOffer,
  arrangeReferral,
  arrangeSession,
  arrangeTask,
  referClient,
} from './authorization-matrix.fixtures.js';
import { type ClientScope, PersonalValues } from './authorization-matrix.leaks.js';

// The records the matrix cells point at, arranged through the API as the users who own them.

export type OrgScope = 'own' | 'otherOrg' | 'otherCountry';
export type ReferralScope = 'own' | 'otherOrg' | 'otherCentre' | 'otherCountry';

export type Person = {
  name: { given: string; family: string };
  nameOriginal: { given: string; family: string };
  dateOfBirth: { value: string; precision: 'exact' };
  phone: string;
};

export type ClientFixture = {
  scope: ClientScope;
  id: string;
  caseCode: string;
  version: number;
  centreId: string;
  countryCode: string;
  person: Person;
  consents: { followUp: string; sharingOwnOrg: string; sharingOtherOrg: string };
};
export type Versioned = { id: string; version: number };
export type ReferralFixture = Versioned & { clientId: string };

export type World = {
  app: App;
  /** The cast: the one session per role every cell runs as (unless a route needs a fresh actor). */
  sessions: Record<Role, Session>;
  /** Who arranges records in Morocco (the cast's country manager arranges Iraq's). */
  moroccanManager: Session;
  centres: Record<ClientScope, string>;
  countries: Record<ClientScope, string>;
  partners: Record<OrgScope, string>;
  /** A second Moroccan organisation, for the Moroccan clients' second sharing consent. */
  moroccanOtherOrg: string;
  clients: Record<ClientScope, ClientFixture>;
  sessionIds: Record<ClientScope, string>;
  /** Clients whose personal data was erased on request. */
  erasedClients: Record<ClientScope, ClientFixture>;
  referrals: Record<ReferralScope, ReferralFixture>;
  offers: Record<OrgScope, Versioned>;
  events: Record<ClientScope, Versioned>;
  /** Users to administer: one holding a role in Iraq, one in Morocco. */
  users: Record<'own' | 'otherCountry', { id: string; membershipId: string }>;
  personal: PersonalValues;
};

/** The cast's demo accounts: Iraq's, and the global roles'. */
export const memberEmail = (role: Role) =>
  ['admin', 'analyst', 'auditor'].includes(role) ? demoEmail(role) : demoEmail(role, 'IQ');

// --- The world ---------------------------------------------------------------------------------------

async function partnersOf(
  app: App,
  admin: Session,
  country: string,
): Promise<{ id: string; name: string }[]> {
  const res = await request(app, admin, 'GET', `/api/partners?country=${country}`);
  return res.json().items;
}

export async function arrangeWorld(app: App): Promise<World> {
  const sessions = {} as Record<Role, Session>;
  for (const role of roles) sessions[role] = await logIn(app, memberEmail(role));
  const moroccanManager = await logIn(app, demoEmail('country_manager', 'MA'));
  const centres = await centreIds(app, sessions.admin.cookie);
  const iraqi = await partnersOf(app, sessions.admin, 'IQ');
  const moroccan = await partnersOf(app, sessions.admin, 'MA');
  // The demo's partner_staff works at each country's first demo partner.
  const byName = (list: typeof iraqi, name: string) =>
    list.find((p) => p.name === name) as (typeof iraqi)[number];
  const ownOrg = byName(iraqi, 'Erbil Vocational Training Centre (demo)');
  const otherOrg = byName(iraqi, 'Kurdistan Start-up Support Office (demo)');
  const moroccanOrg = byName(moroccan, 'Institut de formation hôtelière de Casablanca (démo)');
  const moroccanOtherOrg = byName(moroccan, 'École de langue allemande Casablanca (démo)');

  const w = {
    app,
    sessions,
    moroccanManager,
    centres: { own: centres.EBL, otherCentre: centres.BGW, otherCountry: centres.CAS },
    countries: { own: 'IQ', otherCentre: 'IQ', otherCountry: 'MA' },
    partners: { own: ownOrg.id, otherOrg: otherOrg.id, otherCountry: moroccanOrg.id },
    moroccanOtherOrg: moroccanOtherOrg.id,
    personal: new PersonalValues(),
  } as World;

  const scopes: ClientScope[] = ['own', 'otherCentre', 'otherCountry'];
  w.clients = {} as World['clients'];
  w.sessionIds = {} as World['sessionIds'];
  w.events = {} as World['events'];
  w.erasedClients = {} as World['erasedClients'];
  for (const scope of scopes) {
    const c = await arrangeClient(w, scope);
    w.clients[scope] = c;
    w.sessionIds[scope] = await arrangeSession(w, c);
    await arrangeTask(w, c);
    w.events[scope] = await arrangeEvent(w, scope);
    w.erasedClients[scope] = await arrangeErasedClient(w, scope);
  }
  w.referrals = {
    own: await referClient(w, w.clients.own),
    otherOrg: await arrangeReferral(w, 'otherOrg'),
    otherCentre: await referClient(w, w.clients.otherCentre),
    otherCountry: await referClient(w, w.clients.otherCountry),
  };
  w.offers = {
    own: await arrangeOffer(w, 'own'),
    otherOrg: await arrangeOffer(w, 'otherOrg'),
    otherCountry: await arrangeOffer(w, 'otherCountry'),
  };
  const iraqiUser = await arrangeUser(w, [userMembership(w, 'own')]);
  const moroccanUser = await arrangeUser(w, [userMembership(w, 'otherCountry')]);
  w.users = {
    own: { id: iraqiUser.id, membershipId: iraqiUser.membershipIds[0] as string },
    otherCountry: { id: moroccanUser.id, membershipId: moroccanUser.membershipIds[0] as string },
  };
  return w;
}
