import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource: string = require('axe-core').source;

export const baseUrl = () => inject('baseUrl');

export { launchBrowser } from './chromium.js';

export const PHONE = { width: 360, height: 740 };

export async function newPage(browser: Browser, viewport = PHONE): Promise<Page> {
  const context = await browser.newContext({ viewport, baseURL: baseUrl() });
  return context.newPage();
}

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Runs axe-core in the page; fails on serious and critical violations, listing them. */
export async function expectNoSeriousA11yViolations(page: Page, label: string) {
  // Let fades and slides finish: axe would judge the contrast of half-transparent text.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  // Evaluated through the DevTools protocol: the app's CSP (rightly) refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    type Axe = { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
    const { axe } = window as unknown as { axe: Axe };
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `${label}: axe found serious violations`).toEqual([]);
}

/** A name that starts with the label: required fields append an asterisk to theirs. */
export const startingWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
