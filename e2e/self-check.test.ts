import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import arPathways from '../apps/web/src/locales/features/pathways/ar.json' with { type: 'json' };
import enPathways from '../apps/web/src/locales/features/pathways/en.json' with { type: 'json' };
import { expectNoSeriousA11yViolations, launchBrowser, newPage } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Labels = typeof enPathways;

/** The Pakistani electrical engineer of the navigator's acceptance case, evaluated on 2026-03-01. */
async function answerAsEngineer(page: Page, l: Labels, germanLevel: string) {
  const f = l.form.fields;
  await page.getByLabel(f.nationality, { exact: true }).selectOption('PK');
  await page.getByLabel(f.age, { exact: true }).fill('29');
  await page.getByLabel(f.highestQualification, { exact: true }).selectOption('university');
  await page.getByRole('radiogroup', { name: f.isShortageOccupation }).getByRole('radio', { name: l.form.yes }).check();
  await page.getByLabel(f.yearsInLast5, { exact: true }).fill('3');
  await page.getByLabel(f.german, { exact: true }).selectOption(germanLevel);
  await page.getByRole('radiogroup', { name: f.livelihoodSecured }).getByRole('radio', { name: l.form.yes }).check();
  await page.getByText(l.selfCheck.advanced).click();
  await page.getByLabel(f.evaluationDate, { exact: true }).fill('2026-03-01');
  await page.getByRole('button', { name: l.selfCheck.submit }).click();
  await page.getByRole('heading', { name: l.results.title, exact: true }).waitFor();
}

const routeCard = (page: Page, l: Labels, routeId: 'opportunity_card_points' | 'eu_blue_card') =>
  page.getByRole('article', { name: l.routes[routeId], exact: true });

describe('public pathway self-check', () => {
  it('shows the Opportunity Card with 7, 6 and 5 points for German B1, A2 and A1, and what the Blue Card needs', async () => {
    const page = await newPage(browser);
    await page.goto('/self-check');
    await answerAsEngineer(page, enPathways, 'B1');
    const card = routeCard(page, enPathways, 'opportunity_card_points');
    const pointsCaption = (total: number) =>
      enPathways.points.caption.replace('{total}', String(total)).replace('{required}', '6');
    await expect.poll(() => card.textContent()).toContain(enPathways.status.eligible);
    expect(await card.textContent()).toContain(pointsCaption(7));
    const blueCard = await routeCard(page, enPathways, 'eu_blue_card').textContent();
    expect(blueCard).toContain(enPathways.status.possibly_eligible);
    expect(blueCard).toContain('45,934.20');
    await expectNoSeriousA11yViolations(page, 'self-check results (en, 360 px)');

    for (const [level, points, status] of [
      ['A2', 6, enPathways.status.eligible],
      ['A1', 5, enPathways.status.possibly_eligible],
    ] as const) {
      await page.getByLabel(enPathways.form.fields.german, { exact: true }).selectOption(level);
      await page.getByRole('button', { name: enPathways.selfCheck.submit }).click();
      await expect.poll(async () => (await card.textContent()) ?? '').toContain(pointsCaption(points));
      expect(await card.textContent()).toContain(status);
    }
    await page.context().close();
  });

  it('gives the same answer in Arabic, right to left', async () => {
    const page = await newPage(browser);
    await page.goto('/self-check');
    await page.evaluate(() => localStorage.setItem('pathways.language', 'ar'));
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await answerAsEngineer(page, arPathways as Labels, 'B1');
    const card = routeCard(page, arPathways as Labels, 'opportunity_card_points');
    await expect.poll(() => card.textContent()).toContain(arPathways.status.eligible);
    expect(await card.textContent()).toMatch(/[7٧]/);
    expect(await routeCard(page, arPathways as Labels, 'eu_blue_card').textContent()).toContain(arPathways.status.possibly_eligible);
    await expectNoSeriousA11yViolations(page, 'self-check results (ar, 360 px)');
    await page.context().close();
  });
});
