import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../apps/web/src/locales/ar.json' with { type: 'json' };
import en from '../apps/web/src/locales/en.json' with { type: 'json' };
import { apiSession, centreIdOf } from './api.js';
import { expectNoSeriousA11yViolations, launchBrowser, newPage, startingWith } from './browser.js';
import { signIn } from './flows.js';

let browser: Browser;
let existingCaseCode: string;

beforeAll(async () => {
  browser = await launchBrowser();
  // Someone registered the same man last year, in Latin script only.
  const api = await apiSession('counsellor.ma@demo.pathways.local');
  const existing = await api.call<{ caseCode: string }>('POST', '/api/clients', {
    centreId: await centreIdOf(api, 'CAS'),
    name: { given: 'Youssef', family: 'El Amrani' },
    sex: 'male',
    dateOfBirth: { value: '1994-03-12', precision: 'exact' },
    nationality: 'MA',
    group: 'prospective_migrant',
    consents: [{ purpose: 'counselling', textVersion: 'counselling-2026-01', language: 'fr' }],
  });
  existingCaseCode = existing.caseCode;
});
afterAll(async () => {
  await browser?.close();
});

describe('clients in the browser', () => {
  it('registers a client in the Arabic interface, warning about the same person written in Latin script', async () => {
    const page = await newPage(browser);
    await signIn(page, 'counsellor.ma@demo.pathways.local', 'ar');
    await page.goto('/clients/new');
    await page.getByRole('heading', { level: 1, name: ar.clients.form.newTitle }).waitFor();

    const original = page.getByRole('group', { name: ar.clients.form.nameOriginal });
    await original.getByLabel(ar.clients.form.givenName).fill('يوسف');
    await original.getByLabel(ar.clients.form.familyName).fill('العمراني');
    const latin = page.getByRole('group', { name: ar.clients.form.nameLatin });
    await latin.getByLabel(ar.clients.form.givenName).fill('Yusuf');
    await latin.getByLabel(ar.clients.form.familyName).fill('Amrani');
    await page.getByLabel(ar.clients.form.dobExact, { exact: true }).fill('1994-03-12');

    const panel = page.getByRole('complementary', { name: ar.clients.duplicates.title });
    await panel.getByText(existingCaseCode, { exact: true }).waitFor({ timeout: 15_000 });
    await expectNoSeriousA11yViolations(page, 'registration with duplicate warning (ar, 360 px)');

    // A different person after all (a cousin with the same name, as the counsellor finds out): register.
    await page.getByLabel(ar.clients.form.dobExact, { exact: true }).fill('1999-11-02');
    await page.getByRole('radio', { name: ar.clients.sex.male }).check();
    await page.getByRole('combobox', { name: startingWith(ar.clients.form.nationality) }).fill('المغرب');
    await page.getByRole('option', { name: 'المغرب' }).first().click();
    await page.getByRole('radio', { name: ar.clients.group.prospective_migrant }).check();
    await page.getByRole('checkbox', { name: ar.clients.form.counsellingConsent }).check();
    await page.getByRole('button', { name: ar.clients.form.submitNew }).click();

    await page.waitForURL(/\/clients\/[0-9a-f-]{36}$/, { timeout: 15_000 }).catch(async (error) => {
      await page.screenshot({ path: 'e2e/artifacts/registration-failed.png', fullPage: true });
      throw error;
    });
    await page.getByText(/MA-CAS-\d{4}-\d{6}/).first().waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expectNoSeriousA11yViolations(page, 'client page (ar, 360 px)');
    await page.context().close();
  });

  it('finds the client again by a misspelled name, without putting it in the URL', async () => {
    const page = await newPage(browser, { width: 1280, height: 900 });
    await signIn(page, 'counsellor.ma@demo.pathways.local', 'en');
    await page.getByRole('link', { name: en.nav.clients, exact: true }).click();
    await page.getByRole('searchbox', { name: en.clients.search }).fill('Yousef Amranni');
    await page.getByText(existingCaseCode).first().waitFor({ timeout: 15_000 });
    expect(page.url()).not.toContain('Yousef');
    await page.context().close();
  });
});
