import type { Page } from 'playwright-core';
import ar from '../apps/web/src/locales/ar.json' with { type: 'json' };
import en from '../apps/web/src/locales/en.json' with { type: 'json' };
import fr from '../apps/web/src/locales/fr.json' with { type: 'json' };
import { startingWith } from './browser.js';

const languages = {
  ar: { labels: ar as typeof en, name: 'العربية' },
  en: { labels: en, name: 'English' },
  fr: { labels: fr as typeof en, name: 'Français' },
};

/**
 * Picks the interface language (a pick outranks the account's language), and signs in. English is
 * already showing on the login page, so it is picked the way the switcher stores it.
 */
export async function signIn(page: Page, email: string, language: keyof typeof languages) {
  const { labels, name } = languages[language];
  await page.goto('/login');
  if (language === 'en') {
    await page.evaluate(() => localStorage.setItem('pathways.language', 'en'));
  } else {
    await page.getByRole('combobox', { name: startingWith(en.language.label) }).click();
    await page.getByRole('option', { name }).click();
  }
  await page.getByLabel(labels.login.email, { exact: true }).fill(email);
  await page.getByLabel(labels.login.password, { exact: true }).fill('pathways-demo');
  await page.getByRole('button', { name: labels.login.submit, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
