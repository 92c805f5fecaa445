import { DEMO_PASSWORD, listDemoAccountsWithNames } from './demo-data.js';

export { DEMO_PASSWORD };

/** What the login page may show of the demo accounts: email, role and country. */
export function listDemoAccounts() {
  return listDemoAccountsWithNames().map(({ email, role, countryCode }) => ({ email, role, countryCode }));
}
