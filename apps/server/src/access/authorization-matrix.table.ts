/**
 * The authorization matrix, written by hand: what every role may do on every route, against a
 * target in each scope. It is deliberately NOT derived from `contracts/access.ts` or `access/`:
 * it is the independent statement those must agree with (authorization-matrix.test.ts checks it).
 *
 * The cast (demo users of Iraq, the one demo country with two centres, plus the global roles):
 *   admin, analyst, auditor            global
 *   country_manager.iq                 country IQ
 *   centre_manager.iq, counsellor.iq   centre Erbil (EBL)
 *   partner_staff.iq                   the first Iraqi demo partner, "Erbil Vocational Training Centre"
 *
 * Targets, from the point of view of that cast:
 *   none          the route names no record (public pages, the caller's own lists)
 *   self          the caller's own account (sign-in, password, second factor)
 *   own           a record at Erbil / of Iraq / of the partner_staff's organisation
 *   otherOrg      a record of another Iraqi partner organisation (referral, offer)
 *   otherCentre   a record at the other Iraqi centre, Baghdad (BGW)
 *   otherCountry  a record in Morocco (Casablanca centre, Moroccan partners)
 *
 * A referral's target is its client's centre and the organisation it went to: `own` is an Erbil
 * client referred to partner_staff's organisation, `otherOrg` an Erbil client referred to
 * another Iraqi organisation, `otherCentre` a Baghdad client referred to partner_staff's
 * organisation, `otherCountry` a Moroccan client referred to a Moroccan organisation.
 *
 * Outcomes: an HTTP status, or for lists and searches (status 200)
 *   L  listed: the target is in the answer
 *   H  hidden: the answer does not mention the target
 *   M  masked: the target is mentioned by case code only (duplicate check across centres)
 * Every 2xx answer is also searched for personal values (names, phone, date of birth, notes) of
 * clients the role may not read; see authorization-matrix.leaks.ts.
 *
 * A new route fails the test until it has a row here (and a request in
 * authorization-matrix.requests.ts or authorization-matrix.account-requests.ts).
 */
export const L = 'listed';
export const H = 'hidden';
export const M = 'masked';

export type Outcome = 200 | 201 | 204 | 400 | 401 | 403 | 404 | 409 | 422 | typeof L | typeof H | typeof M;
export type Target = 'none' | 'self' | 'own' | 'otherOrg' | 'otherCentre' | 'otherCountry';

/** The columns of every row, in this order. */
export const columns = [
  'admin',
  'country_manager',
  'centre_manager',
  'counsellor',
  'partner_staff',
  'analyst',
  'auditor',
] as const;
//                admin  country_mgr  centre_mgr  counsellor  partner_staff  analyst  auditor
export type Row = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
export type MatrixEntry = Partial<Record<Target, Row>>;

const all200: Row = [200, 200, 200, 200, 200, 200, 200];
const all204: Row = [204, 204, 204, 204, 204, 204, 204];
/** Client records: country manager over Iraq, centre staff over Erbil, nobody else. */
const clientRecord = (ok: Outcome): MatrixEntry => ({
  own: [403, ok, ok, ok, 403, 403, 403],
  otherCentre: [403, ok, 404, 404, 403, 403, 403],
  otherCountry: [403, 404, 404, 404, 403, 403, 403],
});
/** The same, for merging and erasing: managers' acts, not counsellors'. */
const managerRecord = (ok: Outcome): MatrixEntry => ({
  own: [403, ok, ok, 403, 403, 403, 403],
  otherCentre: [403, ok, 404, 403, 403, 403, 403],
  otherCountry: [403, 404, 404, 403, 403, 403, 403],
});
/** A staff referral: its client's centre decides; the receiving organisation does not. */
const staffReferral = (ok: Outcome, hidden: Outcome): MatrixEntry => ({
  own: [403, ok, ok, ok, 403, 403, 403],
  otherOrg: [403, ok, ok, ok, 403, 403, 403],
  otherCentre: [403, ok, hidden, hidden, 403, 403, 403],
  otherCountry: [403, hidden, hidden, hidden, 403, 403, 403],
});
/** The partner portal: the receiving organisation decides; the client's centre does not. */
const partnerReferral = (ok: Outcome, hidden: Outcome): MatrixEntry => ({
  own: [403, 403, 403, 403, ok, 403, 403],
  otherOrg: [403, 403, 403, 403, hidden, 403, 403],
  otherCentre: [403, 403, 403, 403, ok, 403, 403],
  otherCountry: [403, 403, 403, 403, hidden, 403, 403],
});
/** Partner organisations: readable by staff of the country, managed by admin and the country manager. */
const partnerRead = (ok: Outcome, hidden: Outcome): MatrixEntry => ({
  own: [ok, ok, ok, ok, 403, 403, 403],
  otherCountry: [ok, hidden, hidden, hidden, 403, 403, 403],
});
const partnerManage = (ok: Outcome, outside: Outcome): MatrixEntry => ({
  own: [ok, ok, 403, 403, 403, 403, 403],
  otherCountry: [ok, outside, 403, 403, 403, 403, 403],
});
/** Offers: staff of the country read them all, partner staff only their organisation's. */
const offerRead = (ok: Outcome, hidden: Outcome): MatrixEntry => ({
  own: [ok, ok, ok, ok, ok, 403, 403],
  otherOrg: [ok, ok, ok, ok, hidden, 403, 403],
  otherCountry: [ok, hidden, hidden, hidden, hidden, 403, 403],
});
const offerManage = (ok: Outcome, outside: Outcome): MatrixEntry => ({
  own: [ok, ok, 403, 403, 403, 403, 403],
  otherOrg: [ok, ok, 403, 403, 403, 403, 403],
  otherCountry: [ok, outside, 403, 403, 403, 403, 403],
});
/** Group events: country manager over Iraq, centre staff over Erbil. */
const eventRecord = (ok: Outcome, outside: Outcome): MatrixEntry => ({
  own: [403, ok, ok, ok, 403, 403, 403],
  otherCentre: [403, ok, outside, outside, 403, 403, 403],
  otherCountry: [403, outside, outside, outside, 403, 403, 403],
});
/** Indicators: global roles see every centre (suppressed), managers their own records. */
const indicators: MatrixEntry = {
  own: [200, 200, 200, 403, 403, 200, 403],
  otherCentre: [200, 200, 404, 403, 403, 200, 403],
  otherCountry: [200, 404, 404, 403, 403, 200, 403],
};
/** User administration: admin only, for users of any country. */
const userAdmin = (ok: Outcome): MatrixEntry => ({
  own: [ok, 403, 403, 403, 403, 403, 403],
  otherCountry: [ok, 403, 403, 403, 403, 403, 403],
});

export const authorizationMatrix: Record<string, MatrixEntry> = {
  // System and public
  'GET /api/health': { none: all200 },
  'GET /api/meta': { none: all200 },
  'GET /api/openapi.json': { none: all200 },
  'GET /api/public/pathways/packs': { none: all200 },
  'POST /api/public/pathways/evaluate': { none: all200 },
  'GET /api/public/offers': { own: all200, otherCountry: all200 },

  // Signing in and the caller's own account
  'POST /api/auth/login': { self: all200 },
  'POST /api/auth/login/second-factor': { self: all200 },
  'POST /api/auth/logout': { self: all204 },
  'POST /api/auth/logout-everywhere': { self: all204 },
  'POST /api/auth/password': { self: all204 },
  'GET /api/auth/me': { self: all200 },
  'GET /api/auth/mfa': { self: all200 },
  'POST /api/auth/mfa/enrolment': { self: [201, 201, 201, 201, 201, 201, 201] },
  'POST /api/auth/mfa/enrolment/confirm': { self: all200 },
  'POST /api/auth/mfa/disable': { self: all204 },
  'POST /api/auth/mfa/recovery-codes': { self: all200 },

  // Reference data
  'GET /api/countries': { none: all200 },
  'GET /api/code-lists': { none: all200 },
  'GET /api/summary': { none: all200 },
  'GET /api/partner-organisations': partnerRead(L, H),

  // Users
  'GET /api/users': userAdmin(L),
  'POST /api/users': userAdmin(201),
  'POST /api/users/:userId/deactivate': userAdmin(200),
  'POST /api/users/:userId/reactivate': userAdmin(200),
  'POST /api/users/:userId/end-sessions': userAdmin(204),
  'POST /api/users/:userId/mfa/reset': userAdmin(204),
  'POST /api/users/:userId/memberships': userAdmin(201),
  'DELETE /api/users/:userId/memberships/:membershipId': userAdmin(200),

  // Clients
  'GET /api/clients': {
    own: [403, L, L, L, 403, 403, 403],
    otherCentre: [403, L, H, H, 403, 403, 403],
    otherCountry: [403, H, H, H, 403, 403, 403],
  },
  // The target is the centre named in the body; a centre out of reach is a bad field.
  'POST /api/clients': {
    own: [403, 201, 201, 201, 403, 403, 403],
    otherCentre: [403, 201, 400, 400, 403, 403, 403],
    otherCountry: [403, 400, 400, 400, 403, 403, 403],
  },
  'POST /api/clients/search': {
    own: [403, L, L, L, 403, 403, 403],
    otherCentre: [403, L, H, H, 403, 403, 403],
    otherCountry: [403, H, H, H, 403, 403, 403],
  },
  // Duplicates are sought country-wide; another centre's record shows only case code and initials.
  'POST /api/clients/duplicates': {
    own: [403, L, L, L, 403, 403, 403],
    otherCentre: [403, L, M, M, 403, 403, 403],
    otherCountry: [403, H, H, H, 403, 403, 403],
  },
  'GET /api/clients/:clientId': clientRecord(200),
  'PUT /api/clients/:clientId': clientRecord(200),
  'POST /api/clients/:clientId/consents': clientRecord(201),
  'POST /api/clients/:clientId/consents/:consentId/withdraw': clientRecord(200),
  'POST /api/clients/:clientId/merge': managerRecord(200),

  // Data-subject rights (the erasure read's target is an erased client)
  'GET /api/clients/:clientId/export.json': clientRecord(200),
  'GET /api/clients/:clientId/export.html': clientRecord(200),
  'POST /api/clients/:clientId/erasure': managerRecord(200),
  'GET /api/clients/:clientId/erasure': clientRecord(200),

  // Casework
  'GET /api/clients/:clientId/sessions': clientRecord(200),
  'POST /api/clients/:clientId/sessions': clientRecord(201),
  'GET /api/clients/:clientId/sessions/:sessionId/sensitive-notes': clientRecord(200),
  'GET /api/clients/:clientId/tasks': clientRecord(200),
  'GET /api/clients/:clientId/assignable-staff': clientRecord(200),
  'POST /api/clients/:clientId/tasks': clientRecord(201),
  'PATCH /api/clients/:clientId/tasks/:taskId': clientRecord(200),
  'GET /api/clients/:clientId/timeline': clientRecord(200),
  'POST /api/clients/:clientId/close': clientRecord(200),
  'POST /api/clients/:clientId/reopen': clientRecord(200),
  // To the other centre of the client's country (a centre manager may hand a case away).
  'POST /api/clients/:clientId/transfer': clientRecord(200),
  'GET /api/caseload': { none: [403, 200, 200, 200, 403, 403, 403] },

  // Pathway navigator
  'GET /api/clients/:clientId/pathway-profile': clientRecord(200),
  'GET /api/clients/:clientId/pathway-assessments': clientRecord(200),
  'POST /api/clients/:clientId/pathway-assessments': clientRecord(201),

  // Partners (the target of POST is the country in the body)
  'GET /api/partners': partnerRead(L, H),
  'POST /api/partners': partnerManage(201, 422),
  'GET /api/partners/:partnerId': partnerRead(200, 404),
  'PUT /api/partners/:partnerId': partnerManage(200, 404),
  'POST /api/partners/:partnerId/agreements': partnerManage(201, 404),

  // Offers (the target of POST is the provider named in the body)
  'GET /api/offers': offerRead(L, H),
  'POST /api/offers': offerManage(201, 422),
  'GET /api/offers/:offerId': offerRead(200, 404),
  'PUT /api/offers/:offerId': offerManage(200, 404),
  'GET /api/clients/:clientId/offer-matches': clientRecord(200),
  // The target is an organisation in the exported country: partner staff get only their own.
  'GET /api/hsds/export': {
    own: [L, L, L, L, L, 403, 403],
    otherOrg: [L, L, L, L, H, 403, 403],
    otherCountry: [L, 404, 404, 404, 404, 403, 403],
  },
  'POST /api/hsds/import': {
    own: [200, 200, 403, 403, 403, 403, 403],
    otherCountry: [200, 404, 403, 403, 403, 403, 403],
  },

  // Referrals: centre side
  'POST /api/clients/:clientId/referrals': clientRecord(201),
  'GET /api/referrals': staffReferral(L, H),
  'GET /api/referrals/:referralId': staffReferral(200, 404),
  'POST /api/referrals/:referralId/transitions': staffReferral(200, 404),
  // Referrals: partner portal
  'GET /api/partner/referrals': partnerReferral(L, H),
  'GET /api/partner/referrals/:referralId': partnerReferral(200, 404),
  'POST /api/partner/referrals/:referralId/transitions': partnerReferral(200, 404),
  'GET /api/countries/:countryCode/referral-settings': partnerManage(200, 404),
  'PUT /api/countries/:countryCode/referral-settings': partnerManage(200, 404),

  // Group events (the target of POST is the centre in the body)
  'GET /api/events': eventRecord(L, H),
  'POST /api/events': eventRecord(201, 400),
  'GET /api/events/:eventId': eventRecord(200, 404),
  'PUT /api/events/:eventId': eventRecord(200, 404),
  'DELETE /api/events/:eventId': eventRecord(204, 404),

  // Indicators (the target is the centre asked for)
  'GET /api/indicators': indicators,
  'GET /api/indicators/export.csv': indicators,
  'GET /api/indicators/export.xlsx': indicators,

  // Audit trail (the target is a client's events)
  'GET /api/audit': {
    own: [403, L, 403, 403, 403, 403, L],
    otherCentre: [403, L, 403, 403, 403, 403, L],
    otherCountry: [403, H, 403, 403, 403, 403, L],
  },
  'GET /api/audit/verify': { none: [200, 403, 403, 403, 403, 403, 200] },
};
