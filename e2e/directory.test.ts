import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOffers } from '../apps/server/src/demo/demo-offers.js';
import arOffers from '../apps/web/src/locales/features/offers/ar.json' with { type: 'json' };
import enOffers from '../apps/web/src/locales/features/offers/en.json' with { type: 'json' };
import frOffers from '../apps/web/src/locales/features/offers/fr.json' with { type: 'json' };
import { expectNoSeriousA11yViolations, launchBrowser, newPage, startingWith } from './browser.js';
import { signIn } from './flows.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Labels = typeof enOffers;
const DESKTOP = { width: 1280, height: 900 };

// The seeded Moroccan women-only start-up training (apps/server/src/demo/demo-offers.ts).
const womenStartUp = demoOffers.MA.find(
  (offer) => offer.category === 'business_start_up' && offer.eligibility.sexes?.includes('female'),
);

async function useLanguage(page: Page, language: 'en' | 'fr' | 'ar') {
  await page.evaluate((code) => localStorage.setItem('pathways.language', code), language);
  await page.reload();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
}

/** Mantine selects are comboboxes; the option list opens on click. */
async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: startingWith(label) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const offerCards = (page: Page) => page.getByRole('article');

describe('public directory of offers', () => {
  it('lists the Moroccan women-only start-up training in French without signing in, and filters by category', async () => {
    expect(womenStartUp, 'the demo seed has a women-only start-up offer in Morocco').toBeDefined();
    const title = womenStartUp?.title.fr ?? '';
    const l = frOffers as Labels;
    const page = await newPage(browser);
    await page.goto('/directory');
    await useLanguage(page, 'fr');
    // Nothing chosen yet: the page says what to do.
    await page.getByText(l.directory.startBody).waitFor();

    await chooseOption(page, l.directory.country, 'Maroc');
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe('MA');
    const card = page.getByRole('article', { name: title, exact: true });
    await card.waitFor();
    // No sign-in was asked for, and the card says who it is for, in French.
    expect(new URL(page.url()).pathname).toBe('/directory');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(l.womenOnly);
    expect(text).toContain(l.category.business_start_up);
    expect(text).toContain(womenStartUp?.description.fr ?? '');
    expect(text).toContain(l.cost.free);
    expect(await offerCards(page).count()).toBeGreaterThan(1);
    await expectNoSeriousA11yViolations(page, 'directory (fr, 360 px)');

    // The category filter keeps only that category, and goes into the URL (shareable).
    await chooseOption(page, l.directory.category, l.category.vocational_training);
    await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBe('vocational_training');
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => offerCards(page).count()).toBeGreaterThan(0);
    for (const other of await offerCards(page).all())
      expect(await other.textContent()).toContain(l.category.vocational_training);

    // A shared link opens the same list, and the search words filter it too.
    await page.goto(`/directory?country=MA&category=business_start_up&q=${encodeURIComponent('entreprise')}`);
    await card.waitFor();
    expect(await page.getByRole('searchbox', { name: l.directory.search }).inputValue()).toBe('entreprise');
    await page.context().close();
  });

  it('reads right to left in Arabic, and says what to do when nothing matches', async () => {
    const l = arOffers as Labels;
    const page = await newPage(browser);
    await page.goto('/directory?country=MA');
    await useLanguage(page, 'ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('article', { name: womenStartUp?.title.ar ?? '', exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page, 'directory (ar, 360 px)');

    await page.goto('/directory?country=MA&q=zzzzzz');
    await page.getByText(l.directory.noMatchBody).waitFor();
    await page.getByRole('button', { name: l.directory.clearFilters }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBeNull();
    await expect.poll(() => offerCards(page).count()).toBeGreaterThan(1);
    await page.context().close();
  });

  it('is reachable from the login page', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await useLanguage(page, 'en');
    await page.getByRole('link', { name: enOffers.directory.loginLink }).click();
    await page.getByRole('heading', { level: 1, name: enOffers.directory.title }).waitFor();
    await page.context().close();
  });
});

describe('offers and partners for staff', () => {
  it('shows offers and partners to the Moroccan country manager, with no serious a11y violation', async () => {
    const l = arOffers as Labels;
    const page = await newPage(browser);
    await signIn(page, 'country_manager.ma@demo.pathways.local', 'ar');

    await page.goto('/offers');
    await page.getByRole('heading', { level: 1, name: l.title }).waitFor();
    await page
      .getByText(womenStartUp?.title.ar ?? '', { exact: true })
      .first()
      .waitFor();
    await expectNoSeriousA11yViolations(page, 'offers (ar, 360 px)');
    await page.getByRole('button', { name: l.new }).click();
    await page.getByRole('dialog', { name: l.form.newTitle }).waitFor();
    await expectNoSeriousA11yViolations(page, 'new offer form (ar, 360 px)');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.goto('/partners');
    await page.getByRole('heading', { level: 1, name: l.partners.title }).waitFor();
    await expectNoSeriousA11yViolations(page, 'partners (ar, 360 px)');
    await page
      .getByRole('button', { name: startingWith(l.partners.openLabel.replace('{name}', '')) })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    await page.getByRole('heading', { level: 3, name: l.partners.agreements }).waitFor();
    await expectNoSeriousA11yViolations(page, 'partner details (ar, 360 px)');
    await page.context().close();
  });

  it('lays offers out as a table on a desktop screen', async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'country_manager.ma@demo.pathways.local', 'en');
    await page.goto('/offers');
    await page.getByRole('table').waitFor();
    await page.getByRole('cell', { name: startingWith(womenStartUp?.title.en ?? '') }).waitFor();
    await expectNoSeriousA11yViolations(page, 'offers (en, desktop)');
    await page.goto('/partners');
    await page.getByRole('table').waitFor();
    await expectNoSeriousA11yViolations(page, 'partners (en, desktop)');
    await page.context().close();
  });
});
