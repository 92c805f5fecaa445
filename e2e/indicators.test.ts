import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import arEvents from '../apps/web/src/locales/features/events/ar.json' with { type: 'json' };
import enEvents from '../apps/web/src/locales/features/events/en.json' with { type: 'json' };
import arIndicators from '../apps/web/src/locales/features/indicators/ar.json' with { type: 'json' };
import fr from '../apps/web/src/locales/features/indicators/fr.json' with { type: 'json' };
import { apiSession, centreIdOf } from './api.js';
import { expectNoSeriousA11yViolations, launchBrowser, newPage, PHONE } from './browser.js';
import { signIn } from './flows.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const COUNSELLOR = 'counsellor.gh@demo.pathways.local';
const ANALYST = 'analyst@demo.pathways.local';

/**
 * Two women returnees in Accra, each counselled today: the analyst's view of Ghana's women
 * returnees then holds counts from 1 to 4, which suppression must show as "<5".
 */
async function counselTwoWomenReturnees() {
  const api = await apiSession(COUNSELLOR);
  const centreId = await centreIdOf(api, 'ACC');
  const today = new Date().toISOString().slice(0, 10);
  const women = [
    { given: 'Adwoa', family: 'Asante', dob: '1994-02-11' },
    { given: 'Akua', family: 'Frimpong', dob: '1988-07-23' },
  ];
  for (const woman of women) {
    const client = await api.call<{ id: string }>('POST', '/api/clients', {
      centreId,
      name: { given: woman.given, family: woman.family },
      sex: 'female',
      dateOfBirth: { value: woman.dob, precision: 'exact' },
      nationality: 'GH',
      group: 'returnee',
      returnDetails: { fromCountry: 'LY', kind: 'voluntary' },
      consents: [{ purpose: 'counselling', textVersion: 'counselling-2026-01', language: 'en' }],
    });
    await api.call('POST', `/api/clients/${client.id}/sessions`, {
      heldOn: today,
      channel: 'in_person',
      format: 'individual',
      topics: ['reintegration'],
      durationMinutes: 45,
    });
  }
}

/** The rows of a sheet as arrays of cell values. */
function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

const select = (page: Page, label: string) => page.getByRole('combobox', { name: label, exact: true });

describe('indicators dashboard', () => {
  it('the analyst filters to women returnees in Ghana in French, sees "<5", and downloads the XLSX', async () => {
    await counselTwoWomenReturnees();
    const page = await newPage(browser, { width: 1280, height: 900 });
    await signIn(page, ANALYST, 'fr');
    await page.getByRole('link', { name: fr.nav, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: fr.title }).waitFor();

    await select(page, fr.filters.country).selectOption('GH');
    await select(page, fr.filters.clientGroup).selectOption('returnee');
    await select(page, fr.filters.sex).selectOption('female');
    await page.waitForURL((url) => url.searchParams.get('sex') === 'female');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      country: 'GH',
      clientGroup: 'returnee',
      sex: 'female',
    });
    const summary = page.getByTestId('indicators-filter-summary');
    await summary.getByText('Ghana', { exact: true }).waitFor();
    await expect.poll(() => summary.textContent()).toMatch(/Personnes de retour.*Femmes/);

    // The people counselled are two: shown as "<5" in the key figures and in the table.
    const counselling = page.getByRole('region', { name: fr.headline.counselling, exact: true });
    await counselling.getByText('<5', { exact: true }).first().waitFor();
    const monthCard = page.getByRole('region', { name: fr.charts.byMonth });
    await monthCard.getByText(fr.view.table, { exact: true }).click();
    const people = monthCard.getByRole('table', { name: 'Personnes conseillées', exact: true });
    const total = people.getByRole('row', { name: /^Total/ });
    await expect.poll(() => total.textContent()).toBe('Total<5');
    await expectNoSeriousA11yViolations(page, 'indicators, analyst, Ghana women returnees (fr)');

    // The XLSX carries the same filters and the same hidden cells, and the definitions.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: fr.actions.xlsx }).click(),
    ]);
    const downloadUrl = new URL(download.url());
    expect(Object.fromEntries(downloadUrl.searchParams)).toEqual({
      country: 'GH',
      clientGroup: 'returnee',
      sex: 'female',
      breakdown: 'month',
      lang: 'fr',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path()) as string);
    const figures = rowsOf(workbook.getWorksheet('Indicateurs'));
    expect(figures.find((r) => r[0] === 'Filtres')?.[1]).toBe('GH, Personnes de retour, Femmes');
    const title = figures.findIndex((r) => r[0] === 'Personnes conseillées');
    expect(title).toBeGreaterThan(-1);
    expect(figures[title + 1]).toEqual(['Mois', 'Femmes']);
    const end = figures.findIndex((r, i) => i > title && r.length === 0);
    const peopleTotal = figures.slice(title, end).find((r) => r[0] === 'Total');
    expect(peopleTotal).toEqual(['Total', '<5']);
    const definitions = rowsOf(workbook.getWorksheet('Définitions'));
    expect(definitions[0]).toEqual(['Indicateur', 'Définition']);
    expect(definitions.find((r) => r[0] === 'Personnes conseillées')?.[1]).toMatch(/^Clients distincts/);
    await page.context().close();
  });

  it('reads right to left in Arabic on a phone, with no serious accessibility problem', async () => {
    const page = await newPage(browser, PHONE);
    await signIn(page, ANALYST, 'ar');
    await page.goto('/indicators?country=GH');
    await page.getByRole('heading', { level: 1, name: arIndicators.title }).waitFor();
    await page.getByRole('region', { name: arIndicators.headline.counselling, exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectNoSeriousA11yViolations(page, 'indicators (ar, 360 px)');
    await page.context().close();
  });
});

describe('events', () => {
  it('a counsellor records a job fair with participants by sex and age group', async () => {
    const page = await newPage(browser, { width: 1280, height: 900 });
    await signIn(page, COUNSELLOR, 'en');
    await page.goto('/events');
    await page.getByRole('heading', { level: 1, name: enEvents.title }).waitFor();
    await page.getByRole('button', { name: enEvents.list.new }).click();
    const dialog = page.getByRole('dialog', { name: enEvents.form.newTitle });
    await dialog
      .getByRole('combobox', { name: new RegExp(`^${enEvents.form.kind}`) })
      .selectOption('job_fair');
    await dialog
      .getByRole('textbox', { name: new RegExp(`^${enEvents.form.title}`) })
      .fill('Accra returnee job fair');
    await dialog
      .getByRole('combobox', { name: new RegExp(`^${enEvents.form.channel}`) })
      .selectOption('in_person');
    await dialog.getByRole('checkbox', { name: 'Local jobs' }).check();
    await dialog.getByRole('textbox', { name: 'Women, 25–34', exact: true }).fill('4');
    await dialog.getByRole('textbox', { name: 'Men, 15–24', exact: true }).fill('3');
    await expectNoSeriousA11yViolations(page, 'new event dialog (en)');
    await dialog.getByRole('button', { name: enEvents.form.submitNew }).click();
    await dialog.waitFor({ state: 'detached' });
    const item = page.getByRole('listitem').filter({ hasText: 'Accra returnee job fair' });
    await item.getByText('7 participants').waitFor();
    await page.context().close();
  });

  it('lists events in Arabic on a phone, with no serious accessibility problem', async () => {
    const page = await newPage(browser, PHONE);
    await signIn(page, COUNSELLOR, 'ar');
    await page.goto('/events');
    await page.getByRole('heading', { level: 1, name: arEvents.title }).waitFor();
    await page.getByText('Accra returnee job fair').waitFor();
    await expectNoSeriousA11yViolations(page, 'events (ar, 360 px)');
    await page.context().close();
  });
});
