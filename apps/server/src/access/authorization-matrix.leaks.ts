import type { Role } from '@pathways/contracts';

/** Where a fixture client lives, as seen by the matrix cast (see authorization-matrix.table.ts). */
export type ClientScope = 'own' | 'otherCentre' | 'otherCountry';

/** The fields a fixture referral shares: given name, not family name or phone. */
export const SHARED_FIELDS = ['givenName', 'languages', 'reason'] as const;

/** Client scopes whose personal values a role may receive at all. */
const readableScopes: Record<Role, readonly ClientScope[]> = {
  admin: [],
  country_manager: ['own', 'otherCentre'],
  centre_manager: ['own'],
  counsellor: ['own'],
  partner_staff: [],
  analyst: [],
  auditor: [],
};

/**
 * Every personal value the fixtures put in (names in both scripts, phone, date of birth, session,
 * event and referral notes), by the scope of the client they belong to. Values are unique
 * strings, so finding one anywhere in a raw body is a leak, whatever the field is called.
 */
export class PersonalValues {
  private readonly byScope: Record<ClientScope, Set<string>> = {
    own: new Set(),
    otherCentre: new Set(),
    otherCountry: new Set(),
  };
  /** Sensitive session notes: only the sensitive-notes route and the client's export return them. */
  private readonly sensitive = new Set<string>();
  /** Client ids and case codes: internal identifiers of a person (partners see case codes only). */
  private readonly clientIds = new Set<string>();
  private readonly caseCodes = new Set<string>();
  /** What the partner_staff's organisation was sent, as shared fields of its referrals. */
  private readonly sharedWithPartner = new Set<string>();

  add(scope: ClientScope, ...values: string[]) {
    for (const v of values) this.byScope[scope].add(v);
  }

  addSensitive(scope: ClientScope, value: string) {
    this.add(scope, value);
    this.sensitive.add(value);
  }

  addClient(id: string, caseCode: string) {
    this.clientIds.add(id);
    this.caseCodes.add(caseCode);
  }

  addSharedWithPartner(...values: string[]) {
    for (const v of values) this.sharedWithPartner.add(v);
  }

  /**
   * The personal values of `body` that `role` must not receive on `route`. What the caller sent
   * (`sent`, e.g. a duplicate check's draft) may come back: echoing it discloses nothing.
   */
  leaksIn(body: string, role: Role, route: string, sent = ''): string[] {
    const readable = readableScopes[role];
    const isPartnerPortal = route.includes('/api/partner/referrals');
    const isSensitiveRoute = route.endsWith('/sensitive-notes') || route.includes('/:clientId/export.');
    const leaks: string[] = [];
    for (const scope of Object.keys(this.byScope) as ClientScope[]) {
      for (const value of this.byScope[scope]) {
        if (!body.includes(value) || sent.includes(value)) continue;
        if (this.sensitive.has(value) && !isSensitiveRoute) leaks.push(`sensitive ${value}`);
        else if (readable.includes(scope)) continue;
        else if (isPartnerPortal && role === 'partner_staff' && this.sharedWithPartner.has(value)) continue;
        else leaks.push(`${scope} ${value}`);
      }
    }
    // Partner staff know a person by case code only; the analyst not even by that.
    if (role === 'partner_staff' || role === 'analyst')
      for (const id of this.clientIds) if (body.includes(id)) leaks.push(`client id ${id}`);
    if (role === 'analyst')
      for (const code of this.caseCodes) if (body.includes(code)) leaks.push(`case code ${code}`);
    return leaks;
  }
}

/** The partner portal shows a referral's client only through the fields that were shared. */
export function unsharedFieldsIn(json: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'shared' && value && typeof value === 'object') {
        for (const field of Object.keys(value))
          if (!(SHARED_FIELDS as readonly string[]).includes(field)) found.push(field);
      } else visit(value);
    }
  };
  visit(json);
  return found;
}
