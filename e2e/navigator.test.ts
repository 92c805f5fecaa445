import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../apps/web/src/locales/en.json' with { type: 'json' };
import enPathways from '../apps/web/src/locales/features/pathways/en.json' with { type: 'json' };
import { apiSession, centreIdOf } from './api.js';
import { expectNoSeriousA11yViolations, launchBrowser, newPage } from './browser.js';
import { signIn } from './flows.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const l = enPathways;
const COUNSELLOR = 'counsellor.pk@demo.pathways.local';

/** The acceptance case: a Pakistani electrical engineer, 29 on the evaluation date. */
async function registerEngineer() {
  const api = await apiSession(COUNSELLOR);
  return api.call<{ id: string }>('POST', '/api/clients', {
    centreId: await centreIdOf(api, 'LHE'),
    name: { given: 'Usman', family: 'Tariq' },
    sex: 'male',
    dateOfBirth: { value: '1996-06-15', precision: 'exact' },
    nationality: 'PK',
    educationIsced: 6,
    occupationIsco: '2151',
    workExperienceYears: 3,
    languages: [
      { code: 'ur', level: 'native' },
      { code: 'de', level: 'B1' },
    ],
    group: 'prospective_migrant',
    intentions: { destinations: ['DE'], purposes: ['work'] },
    consents: [{ purpose: 'counselling', textVersion: 'counselling-2026-01', language: 'en' }],
  });
}

/** Completes what the record cannot tell and checks what it prefilled. */
async function answerTheRest(dialog: Locator, germanLevel: string) {
  const f = l.form.fields;
  await dialog.getByLabel(f.evaluationDate, { exact: true }).fill('2026-03-01');
  await dialog.getByLabel(f.nationality, { exact: true }).selectOption('PK');
  await dialog.getByLabel(f.age, { exact: true }).fill('29');
  await dialog.getByLabel(f.highestQualification, { exact: true }).selectOption('university');
  await dialog.getByRole('radiogroup', { name: f.isShortageOccupation }).getByRole('radio', { name: l.form.yes }).check();
  await dialog.getByLabel(f.yearsInLast5, { exact: true }).fill('3');
  await dialog.getByLabel(f.german, { exact: true }).selectOption(germanLevel);
  await dialog.getByRole('radiogroup', { name: f.livelihoodSecured }).getByRole('radio', { name: l.form.yes }).check();
}

const routeCard = (scope: Page | Locator, routeId: 'opportunity_card_points' | 'eu_blue_card') =>
  scope.getByRole('article', { name: l.routes[routeId], exact: true });
const pointsCaption = (total: number) => l.points.caption.replace('{total}', String(total)).replace('{required}', '6');

describe('pathway navigator for a client', () => {
  it('evaluates the engineer at B1/A2/A1 and stores the assessment on the timeline', async () => {
    const client = await registerEngineer();
    const page = await newPage(browser, { width: 1280, height: 900 });
    await signIn(page, COUNSELLOR, 'en');
    await page.goto(`/clients/${client.id}`);
    await page.getByRole('button', { name: l.client.run }).click();
    const dialog = page.getByRole('dialog', { name: l.client.modalTitle });
    await dialog.waitFor();

    for (const [level, points, status] of [
      ['A1', 5, l.status.possibly_eligible],
      ['A2', 6, l.status.eligible],
      ['B1', 7, l.status.eligible],
    ] as const) {
      await answerTheRest(dialog, level);
      await dialog.getByRole('button', { name: l.client.preview }).click();
      const card = routeCard(dialog, 'opportunity_card_points');
      await expect.poll(async () => (await card.textContent()) ?? '').toContain(pointsCaption(points));
      expect(await card.textContent()).toContain(status);
    }
    // At A1 the missing German level points to the seeded German course in Pakistan.
    await answerTheRest(dialog, 'A1');
    await dialog.getByRole('button', { name: l.client.preview }).click();
    const gapOffers = dialog.getByRole('region', { name: l.gapOffers.title });
    await gapOffers.getByText('German A1 to B1 for skilled workers').waitFor();
    await answerTheRest(dialog, 'B1');
    await dialog.getByRole('button', { name: l.client.preview }).click();
    await expect
      .poll(async () => (await routeCard(dialog, 'opportunity_card_points').textContent()) ?? '')
      .toContain(pointsCaption(7));
    const blueCard = (await routeCard(dialog, 'eu_blue_card').textContent()) ?? '';
    expect(blueCard).toContain(l.status.possibly_eligible);
    expect(blueCard).toContain('45,934.20');
    await expectNoSeriousA11yViolations(page, 'navigator preview (en)');

    await dialog.getByRole('button', { name: l.client.save }).click();
    await dialog.waitFor({ state: 'detached' });
    const timeline = page.getByRole('list', { name: en.casework.timeline.title });
    await timeline.getByText(/Pathway check as of .*1 eligible route|Pathway check as of .*eligible routes/).waitFor();
    await page.getByRole('button', { name: l.client.showResult }).first().click();
    await expect.poll(async () => (await routeCard(page, 'opportunity_card_points').textContent()) ?? '').toContain(
      pointsCaption(7),
    );
    await page.context().close();
  });
});
