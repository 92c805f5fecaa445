import { v7 as uuidv7 } from 'uuid';
import { clientBody, request } from '../testing/index.js';
import { accountRequests } from './authorization-matrix.account-requests.js';
import {
  type Build,
  type Cell,
  clientScope,
  countryOf,
  engineer,
  orgScope,
  referralScope,
} from './authorization-matrix.cells.js';
import {
  arrangeClient,
  arrangeClosedClient,
  arrangeEvent,
  arrangeOffer,
  arrangePartner,
  arrangeReferral,
  arrangeTask,
  eventFields,
  newPerson,
  offerBody,
  ok,
  partnerBody,
  referralBody,
  registerPerson,
  sessionBody,
} from './authorization-matrix.fixtures.js';
import type { ClientScope } from './authorization-matrix.leaks.js';
import type { ClientFixture, World } from './authorization-matrix.world.js';

export type { Cell, CellRequest } from './authorization-matrix.cells.js';

/** The shared client of the target's scope: for reads and for cells that must change nothing. */
const sharedClient = (c: Cell) => c.w.clients[clientScope(c.target)];
/** A client of its own for a cell that changes it; the shared one when the cell must be refused. */
const clientToChange = async (c: Cell): Promise<ClientFixture> =>
  c.succeeds ? arrangeClient(c.w, clientScope(c.target)) : sharedClient(c);

const updateBody = (client: ClientFixture, version: number) => {
  const {
    centreId: _centre,
    consents: _consents,
    ...fields
  } = clientBody(client.centreId, {
    ...client.person,
    nationality: client.countryCode,
  });
  return { ...fields, region: 'Updated region', version };
};

/** The other centre of the client's country, to transfer to (Morocco has one: refused anyway). */
const transferCentre = (w: World, scope: ClientScope) =>
  scope === 'own' ? w.centres.otherCentre : w.centres.own;

const partnerVersion = async (w: World, id: string) =>
  (await ok<{ version: number }>(request(w.app, w.sessions.admin, 'GET', `/api/partners/${id}`), 'a partner'))
    .version;

/** Each route's request for a cell; the key is the route as the catalogue names it. */
export const matrixRequests: Record<string, Build> = {
  ...accountRequests,

  // Clients
  'GET /api/clients': (c) => {
    const client = sharedClient(c);
    return { url: `/api/clients?centreId=${client.centreId}&limit=100`, marker: { id: client.id } };
  },
  'POST /api/clients': (c) => {
    const scope = clientScope(c.target);
    const person = newPerson();
    registerPerson(c.w, scope, person);
    const body = clientBody(c.w.centres[scope], { ...person, nationality: c.w.countries[scope] });
    return { url: '/api/clients', body };
  },
  'POST /api/clients/search': (c) => {
    const client = sharedClient(c);
    return { url: '/api/clients/search', body: { query: client.caseCode }, marker: { id: client.id } };
  },
  'POST /api/clients/duplicates': (c) => {
    const client = sharedClient(c);
    const { name, dateOfBirth, phone } = client.person;
    return {
      url: '/api/clients/duplicates',
      body: { name, dateOfBirth, phone, sex: 'male' },
      marker: { id: client.id, caseCode: client.caseCode },
    };
  },
  'GET /api/clients/:clientId': (c) => ({ url: `/api/clients/${sharedClient(c).id}` }),
  'PUT /api/clients/:clientId': async (c) => {
    const client = await clientToChange(c);
    return { url: `/api/clients/${client.id}`, body: updateBody(client, client.version) };
  },
  'POST /api/clients/:clientId/consents': (c) => ({
    url: `/api/clients/${sharedClient(c).id}/consents`,
    body: { purpose: 'follow_up', textVersion: 'f-2', language: 'ar' },
  }),
  'POST /api/clients/:clientId/consents/:consentId/withdraw': async (c) => {
    const client = await clientToChange(c);
    return { url: `/api/clients/${client.id}/consents/${client.consents.followUp}/withdraw` };
  },
  'POST /api/clients/:clientId/merge': async (c) => {
    const survivor = await clientToChange(c);
    const duplicate = c.succeeds
      ? await arrangeClient(c.w, clientScope(c.target))
      : { id: uuidv7(), version: 1 };
    return {
      url: `/api/clients/${survivor.id}/merge`,
      body: { duplicateId: duplicate.id, version: survivor.version, duplicateVersion: duplicate.version },
    };
  },

  // Data-subject rights
  'GET /api/clients/:clientId/export.json': (c) => ({
    url: `/api/clients/${sharedClient(c).id}/export.json`,
  }),
  'GET /api/clients/:clientId/export.html': (c) => ({
    url: `/api/clients/${sharedClient(c).id}/export.html`,
  }),
  'POST /api/clients/:clientId/erasure': async (c) => {
    const client = await clientToChange(c);
    return {
      url: `/api/clients/${client.id}/erasure`,
      body: { reason: 'data_subject_request', version: client.version },
    };
  },
  'GET /api/clients/:clientId/erasure': (c) => ({
    url: `/api/clients/${c.w.erasedClients[clientScope(c.target)].id}/erasure`,
  }),

  // Casework
  'GET /api/clients/:clientId/sessions': (c) => ({ url: `/api/clients/${sharedClient(c).id}/sessions` }),
  'POST /api/clients/:clientId/sessions': (c) => ({
    url: `/api/clients/${sharedClient(c).id}/sessions`,
    body: sessionBody(c.w, clientScope(c.target)),
  }),
  'GET /api/clients/:clientId/sessions/:sessionId/sensitive-notes': (c) => ({
    url: `/api/clients/${sharedClient(c).id}/sessions/${c.w.sessionIds[clientScope(c.target)]}/sensitive-notes`,
  }),
  'GET /api/clients/:clientId/tasks': (c) => ({ url: `/api/clients/${sharedClient(c).id}/tasks` }),
  'GET /api/clients/:clientId/assignable-staff': (c) => ({
    url: `/api/clients/${sharedClient(c).id}/assignable-staff`,
  }),
  'POST /api/clients/:clientId/tasks': (c) => ({
    url: `/api/clients/${sharedClient(c).id}/tasks`,
    body: { title: 'Book the language test', dueOn: '2026-11-01' },
  }),
  'PATCH /api/clients/:clientId/tasks/:taskId': async (c) => {
    const client = await clientToChange(c);
    const task = await arrangeTask(c.w, client);
    return {
      url: `/api/clients/${client.id}/tasks/${task.id}`,
      body: { status: 'done', version: task.version },
    };
  },
  'GET /api/clients/:clientId/timeline': (c) => ({ url: `/api/clients/${sharedClient(c).id}/timeline` }),
  'POST /api/clients/:clientId/close': async (c) => {
    const client = await clientToChange(c);
    return {
      url: `/api/clients/${client.id}/close`,
      body: { reason: 'moved_away', version: client.version },
    };
  },
  'POST /api/clients/:clientId/reopen': async (c) => {
    const client = c.succeeds ? await arrangeClosedClient(c.w, clientScope(c.target)) : sharedClient(c);
    return { url: `/api/clients/${client.id}/reopen`, body: { version: client.version } };
  },
  'POST /api/clients/:clientId/transfer': async (c) => {
    const client = await clientToChange(c);
    return {
      url: `/api/clients/${client.id}/transfer`,
      body: { centreId: transferCentre(c.w, client.scope), version: client.version },
    };
  },
  'GET /api/caseload': () => ({ url: '/api/caseload' }),

  // Pathway navigator
  'GET /api/clients/:clientId/pathway-profile': (c) => ({
    url: `/api/clients/${sharedClient(c).id}/pathway-profile`,
  }),
  'GET /api/clients/:clientId/pathway-assessments': (c) => ({
    url: `/api/clients/${sharedClient(c).id}/pathway-assessments`,
  }),
  'POST /api/clients/:clientId/pathway-assessments': (c) => ({
    url: `/api/clients/${sharedClient(c).id}/pathway-assessments`,
    body: { profile: engineer, evaluationDate: '2026-03-01' },
  }),

  // Partners
  'GET /api/partners': (c) => ({
    url: `/api/partners?country=${countryOf(c.target)}`,
    marker: { id: c.w.partners[orgScope(c.target)] },
  }),
  'POST /api/partners': (c) => ({
    url: '/api/partners',
    body: { ...partnerBody(`Matrix newcomer ${uuidv7()}`), countryCode: countryOf(c.target) },
  }),
  'GET /api/partners/:partnerId': (c) => ({ url: `/api/partners/${c.w.partners[orgScope(c.target)]}` }),
  'PUT /api/partners/:partnerId': async (c) => {
    const scope = orgScope(c.target);
    const partner = c.succeeds
      ? await arrangePartner(c.w, scope)
      : { id: c.w.partners[scope], version: await partnerVersion(c.w, c.w.partners[scope]) };
    return {
      url: `/api/partners/${partner.id}`,
      body: { ...partnerBody(`Matrix renamed ${uuidv7()}`), version: partner.version },
    };
  },
  'POST /api/partners/:partnerId/agreements': (c) => ({
    url: `/api/partners/${c.w.partners[orgScope(c.target)]}/agreements`,
    body: { signedOn: '2026-01-01', expiresOn: '2028-01-01', purposes: ['referrals'] },
  }),

  // Offers
  'GET /api/offers': (c) => {
    const scope = orgScope(c.target);
    return {
      url: `/api/offers?partnerOrganisationId=${c.w.partners[scope]}&limit=200`,
      marker: { id: c.w.offers[scope].id },
    };
  },
  'POST /api/offers': (c) => ({ url: '/api/offers', body: offerBody(c.w.partners[orgScope(c.target)]) }),
  'GET /api/offers/:offerId': (c) => ({ url: `/api/offers/${c.w.offers[orgScope(c.target)].id}` }),
  'PUT /api/offers/:offerId': async (c) => {
    const scope = orgScope(c.target);
    const offer = c.succeeds ? await arrangeOffer(c.w, scope) : c.w.offers[scope];
    return {
      url: `/api/offers/${offer.id}`,
      body: { ...offerBody(c.w.partners[scope]), version: offer.version },
    };
  },
  'GET /api/clients/:clientId/offer-matches': (c) => ({
    url: `/api/clients/${sharedClient(c).id}/offer-matches`,
  }),
  'GET /api/hsds/export': (c) => ({
    url: `/api/hsds/export?country=${countryOf(c.target)}`,
    marker: { id: c.w.partners[orgScope(c.target)] },
  }),
  'POST /api/hsds/import': async (c) => {
    const country = countryOf(c.target);
    // The country's directory as it stands: importing it back changes nothing.
    const file = await ok(
      request(c.w.app, c.w.sessions.admin, 'GET', `/api/hsds/export?country=${country}`),
      'an export',
    );
    return { url: `/api/hsds/import?country=${country}`, body: file };
  },

  // Referrals: centre side
  'POST /api/clients/:clientId/referrals': async (c) => {
    const client = await clientToChange(c);
    return { url: `/api/clients/${client.id}/referrals`, body: referralBody(c.w, client) };
  },
  'GET /api/referrals': (c) => {
    const r = c.w.referrals[referralScope(c.target)];
    return { url: `/api/referrals?clientId=${r.clientId}`, marker: { id: r.id } };
  },
  'GET /api/referrals/:referralId': (c) => ({
    url: `/api/referrals/${c.w.referrals[referralScope(c.target)].id}`,
  }),
  'POST /api/referrals/:referralId/transitions': async (c) => {
    const scope = referralScope(c.target);
    const r = c.succeeds ? await arrangeReferral(c.w, scope) : c.w.referrals[scope];
    return { url: `/api/referrals/${r.id}/transitions`, body: { to: 'accepted', version: r.version } };
  },
  // Referrals: partner portal
  'GET /api/partner/referrals': (c) => ({
    url: '/api/partner/referrals?limit=200',
    marker: { id: c.w.referrals[referralScope(c.target)].id },
  }),
  'GET /api/partner/referrals/:referralId': (c) => ({
    url: `/api/partner/referrals/${c.w.referrals[referralScope(c.target)].id}`,
  }),
  'POST /api/partner/referrals/:referralId/transitions': async (c) => {
    const scope = referralScope(c.target);
    const r = c.succeeds ? await arrangeReferral(c.w, scope) : c.w.referrals[scope];
    return {
      url: `/api/partner/referrals/${r.id}/transitions`,
      body: { to: 'accepted', version: r.version },
    };
  },
  'GET /api/countries/:countryCode/referral-settings': (c) => ({
    url: `/api/countries/${countryOf(c.target)}/referral-settings`,
  }),
  'PUT /api/countries/:countryCode/referral-settings': (c) => ({
    url: `/api/countries/${countryOf(c.target)}/referral-settings`,
    body: { overdueAfterDays: 7 },
  }),

  // Group events
  'GET /api/events': (c) => {
    const scope = clientScope(c.target);
    return {
      url: `/api/events?centreId=${c.w.centres[scope]}&limit=200`,
      marker: { id: c.w.events[scope].id },
    };
  },
  'POST /api/events': (c) => {
    const scope = clientScope(c.target);
    return { url: '/api/events', body: { centreId: c.w.centres[scope], ...eventFields(c.w, scope) } };
  },
  'GET /api/events/:eventId': (c) => ({ url: `/api/events/${c.w.events[clientScope(c.target)].id}` }),
  'PUT /api/events/:eventId': async (c) => {
    const scope = clientScope(c.target);
    const event = c.succeeds ? await arrangeEvent(c.w, scope) : c.w.events[scope];
    return { url: `/api/events/${event.id}`, body: { ...eventFields(c.w, scope), version: event.version } };
  },
  'DELETE /api/events/:eventId': async (c) => {
    const scope = clientScope(c.target);
    const event = c.succeeds ? await arrangeEvent(c.w, scope) : c.w.events[scope];
    return { url: `/api/events/${event.id}?version=${event.version}` };
  },

  // Indicators
  ...Object.fromEntries(
    ['/api/indicators', '/api/indicators/export.csv', '/api/indicators/export.xlsx'].map((path) => [
      `GET ${path}`,
      (c: Cell) => ({ url: `${path}?centre=${c.w.centres[clientScope(c.target)]}` }),
    ]),
  ),

  // Audit trail
  'GET /api/audit': (c) => {
    const client = sharedClient(c);
    return { url: `/api/audit?entityId=${client.id}`, marker: { id: client.id } };
  },
  'GET /api/audit/verify': () => ({ url: '/api/audit/verify' }),
};
