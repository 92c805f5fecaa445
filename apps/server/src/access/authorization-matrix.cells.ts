import type { Role } from '@pathways/contracts';
import type { Session } from '../testing/index.js';
import type { ClientScope } from './authorization-matrix.leaks.js';
import type { Target } from './authorization-matrix.table.js';
import type { OrgScope, ReferralScope, World } from './authorization-matrix.world.js';

/** One cell: a role against a target; `succeeds` when the table expects a 2xx (fresh targets then). */
export type Cell = { w: World; role: Role; target: Target; succeeds: boolean };
export type CellRequest = {
  url: string;
  body?: unknown;
  /** Instead of the cast's session for the role: a fresh actor's, or none. */
  session?: Session | null;
  /** A further cookie (the pending sign-in of the second-factor step). */
  cookie?: string;
  /** What identifies the target in a list: its id, and its case code for masked answers. */
  marker?: { id: string; caseCode?: string };
};
export type Build = (cell: Cell) => CellRequest | Promise<CellRequest>;

export function clientScope(t: Target): ClientScope {
  if (t === 'own' || t === 'otherCentre' || t === 'otherCountry') return t;
  throw new Error(`no client in target ${t}`);
}
export function orgScope(t: Target): OrgScope {
  if (t === 'own' || t === 'otherOrg' || t === 'otherCountry') return t;
  throw new Error(`no organisation in target ${t}`);
}
export function referralScope(t: Target): ReferralScope {
  if (t === 'own' || t === 'otherOrg' || t === 'otherCentre' || t === 'otherCountry') return t;
  throw new Error(`no referral in target ${t}`);
}
export function userScope(t: Target): 'own' | 'otherCountry' {
  if (t === 'own' || t === 'otherCountry') return t;
  throw new Error(`no user in target ${t}`);
}
export const countryOf = (t: Target) => (t === 'otherCountry' ? 'MA' : 'IQ');

/** A profile for the navigator: the Iraqi engineer of the pathway tests. */
export const engineer = {
  nationality: 'IQ',
  age: 29,
  highestQualification: 'university',
  isShortageOccupation: true,
  qualifiedExperience: { yearsInLast5: 3, yearsInLast7: 3 },
  languages: { de: 'B1' },
  isLivelihoodSecured: true,
};
