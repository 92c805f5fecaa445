import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../apps/web/src/locales/ar.json' with { type: 'json' };
import en from '../apps/web/src/locales/en.json' with { type: 'json' };
import { expectNoSeriousA11yViolations, launchBrowser, newPage, startingWith } from './browser.js';

const DEMO_PASSWORD = 'pathways-demo';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Mantine selects are comboboxes; a required one's name ends with an asterisk. */
async function chooseOption(page: Page, label: string, option: string | RegExp) {
  await page
    .getByRole('combobox', { name: startingWith(label) })
    .first()
    .click();
  await page.getByRole('option', { name: option }).first().click();
}

async function signIn(page: Page, labels: typeof en, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel(labels.login.email, { exact: true }).fill(email);
  await page.getByLabel(labels.login.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.login.submit, exact: true }).click();
}

async function switchToArabic(page: Page) {
  await chooseOption(page, en.language.label, 'العربية');
  await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
}

describe('Pathways in the browser', () => {
  it('lets a counsellor work in Arabic, right to left, at phone width, with no serious a11y violation', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await expect.poll(() => page.getByRole('heading', { name: en.login.title }).count()).toBe(1);
    await switchToArabic(page);
    await expectNoSeriousA11yViolations(page, 'login (ar, 360 px)');

    await signIn(page, ar as typeof en, 'counsellor.gh@demo.pathways.local');
    // The home page greets the user by name.
    await page.getByRole('heading', { level: 1, name: /Abena Boateng/ }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    // The shell: banner, a navigation toggle at this width, and the main landmark.
    await page.getByRole('banner').waitFor();
    await page.getByRole('main').waitFor();
    const banner = await page.getByRole('banner').boundingBox();
    expect(banner?.width).toBeLessThanOrEqual(360);
    await expectNoSeriousA11yViolations(page, 'home (ar, 360 px)');

    await page.getByRole('button', { name: ar.shell.openNavigation }).click();
    await page.getByRole('link', { name: ar.nav.centres, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ar.centres.title }).waitFor();
    await page.getByText('Accra', { exact: false }).first().waitFor();
    await expectNoSeriousA11yViolations(page, 'centres (ar, 360 px)');
    // A counsellor has no user management: no link, and the page says so.
    expect(await page.getByRole('link', { name: ar.nav.users, exact: true }).count()).toBe(0);
    await page.context().close();
  });

  it('lets an admin create a user who can then sign in', async () => {
    const page = await newPage(browser, { width: 1280, height: 900 });
    await page.goto('/login');
    await signIn(page, en, 'admin@demo.pathways.local');
    await page.getByRole('heading', { level: 1, name: /Lena Hoffmann/ }).waitFor();
    await page.getByRole('link', { name: en.nav.users, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: en.users.title }).waitFor();

    await page.getByRole('button', { name: en.users.new }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const email = `ama.owusu.${Date.now()}@example.org`;
    await dialog.getByLabel(en.users.form.email).fill(email);
    await dialog.getByLabel(en.users.form.displayName).fill('Ama Owusu');
    await dialog.getByLabel(en.users.form.password).fill('a-long-initial-password');
    await chooseOption(page, en.users.form.role, en.roles.counsellor);
    await page.getByRole('combobox', { name: startingWith(en.users.form.centre) }).fill('Accra');
    await page.getByRole('option', { name: /Accra/ }).first().click();
    await dialog.getByRole('button', { name: en.users.form.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: email }).waitFor();

    await page.getByRole('button', { name: en.shell.userMenu.replace('{name}', 'Lena Hoffmann') }).click();
    await page.getByRole('menuitem', { name: en.shell.signOut }).click();
    await page.getByRole('heading', { name: en.login.title }).waitFor();
    await signIn(page, en, email, 'a-long-initial-password');
    await page.getByRole('heading', { level: 1, name: /Ama Owusu/ }).waitFor();
    await page.context().close();
  });

  it('shows user management in Arabic at phone width with no serious a11y violation', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await switchToArabic(page);
    await signIn(page, ar as typeof en, 'admin@demo.pathways.local');
    await page.getByRole('heading', { level: 1, name: /Lena Hoffmann/ }).waitFor();
    await page.goto('/admin/users');
    await page.getByRole('heading', { level: 1, name: ar.users.title }).waitFor();
    await page.getByText('counsellor.gh@demo.pathways.local').first().waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expectNoSeriousA11yViolations(page, 'users (ar, 360 px)');
    await page.getByRole('button', { name: ar.users.new }).click();
    await page.getByRole('dialog').waitFor();
    await expectNoSeriousA11yViolations(page, 'new user dialog (ar, 360 px)');
    await page.context().close();
  });
});
