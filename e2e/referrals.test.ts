import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fr from '../apps/web/src/locales/fr.json' with { type: 'json' };
import frReferrals from '../apps/web/src/locales/features/referrals/fr.json' with { type: 'json' };
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

const l = frReferrals;
const COUNSELLOR = 'counsellor.ma@demo.pathways.local';
const PARTNER_STAFF = 'partner_staff.ma@demo.pathways.local';
// Seeded for Morocco's first demo partner, where partner_staff.ma works.
const OFFER = 'Créer son entreprise — formation pour femmes de retour';
const PARTNER = 'Institut de formation hôtelière de Casablanca (démo)';

/** A woman returnee who consented to share data with the training's provider. */
async function registerWomanReturnee() {
  const api = await apiSession(COUNSELLOR);
  const { items } = await api.call<{ items: { id: string; name: string }[] }>('GET', '/api/partners?country=MA');
  const partner = items.find((p) => p.name === PARTNER);
  if (!partner) throw new Error(`no demo partner ${PARTNER}`);
  return api.call<{ id: string; caseCode: string }>('POST', '/api/clients', {
    centreId: await centreIdOf(api, 'CAS'),
    name: { given: 'Naima', family: 'Ouchen' },
    nameOriginal: { given: 'نعيمة', family: 'أوشن' },
    sex: 'female',
    dateOfBirth: { value: '1989-04-02', precision: 'exact' },
    phone: '+212661234567',
    nationality: 'MA',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'fr', level: 'B2' },
    ],
    group: 'returnee',
    returnDetails: { fromCountry: 'IT', kind: 'voluntary' },
    consents: [
      { purpose: 'counselling', textVersion: 'counselling-2026-01', language: 'fr' },
      { purpose: 'partner_sharing', partnerOrganisationId: partner.id, textVersion: 'sharing-2026-01', language: 'fr' },
    ],
  });
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);

async function partnerMoves(page: Page, action: string, dialog?: (d: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: action, exact: true }).click();
  if (dialog) {
    const d = page.getByRole('dialog');
    await dialog(d);
    await d.getByRole('button', { name: l.transition.confirm, exact: true }).click();
    await d.waitFor({ state: 'detached' });
  }
}

describe('the referral loop, in French', () => {
  it('counsellor refers, partner accepts, enrols and completes; the outcome reaches the timeline', async () => {
    const client = await registerWomanReturnee();

    // The counsellor sees the women-only training among the suggested offers and refers her.
    const counsellor = await newPage(browser, { width: 1280, height: 900 });
    await signIn(counsellor, COUNSELLOR, 'fr');
    await counsellor.goto(`/clients/${client.id}`);
    const refer = counsellor.getByRole('button', { name: fill(l.suggested.referTo, { offer: OFFER }), exact: true });
    await refer.waitFor();
    await counsellor.getByText(l.reasons.women_only).first().waitFor();
    await expectNoSeriousA11yViolations(counsellor, 'client page with suggested offers (fr)');
    await refer.click();
    const dialog = counsellor.getByRole('dialog', { name: fill(l.refer.titleOffer, { offer: OFFER }) });
    await dialog.getByRole('textbox', { name: l.refer.reason }).fill('Souhaite ouvrir un atelier de couture.');
    const consent = dialog.getByRole('radio').first();
    if (!(await consent.isChecked())) await consent.check();
    await expectNoSeriousA11yViolations(counsellor, 'refer dialog (fr)');
    await dialog.getByRole('button', { name: l.refer.send, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await counsellor.getByText(l.status.sent, { exact: true }).first().waitFor();

    // The partner sees only the referral and the shared fields, and answers it.
    const partner = await newPage(browser);
    await signIn(partner, PARTNER_STAFF, 'fr');
    await partner.goto('/partner/referrals');
    await partner.getByRole('heading', { level: 1, name: l.partner.title }).waitFor();
    await expectNoSeriousA11yViolations(partner, 'partner portal list (fr, 360 px)');
    await partner.getByRole('link', { name: client.caseCode }).click();
    await partner.getByRole('heading', { level: 1, name: fill(l.partner.detailTitle, { caseCode: client.caseCode }) }).waitFor();
    const shared = (await partner.getByRole('main').textContent()) ?? '';
    expect(shared).toContain('Naima');
    expect(shared).toContain('+212661234567');
    expect(shared).not.toContain('Ouchen');
    expect(shared).not.toContain('1989');
    await partnerMoves(partner, l.actions.accept);
    await partner.getByText(fill(l.transition.done, { status: l.status.accepted })).waitFor();
    await partnerMoves(partner, l.actions.enrol);
    await partner.getByText(fill(l.transition.done, { status: l.status.enrolled })).waitFor();
    await partnerMoves(partner, l.actions.complete, async (d) => {
      await d.getByLabel(l.transition.outcome).selectOption('business_started');
      await d.getByRole('textbox', { name: l.transition.feedback }).fill('Atelier ouvert à Casablanca.');
    });
    await partner.getByText(fill(l.transition.done, { status: l.status.completed })).waitFor();
    await expectNoSeriousA11yViolations(partner, 'partner referral completed (fr, 360 px)');

    // The counsellor sees the outcome on the client's timeline.
    await counsellor.reload();
    const timeline = counsellor.getByRole('list', { name: fr.casework.timeline.title });
    await timeline.getByText(/mesure achevée — résultat : entreprise créée/).waitFor();
    // And in the list of the centre's referrals.
    await counsellor.goto('/referrals');
    await counsellor.getByRole('heading', { level: 1, name: l.title }).waitFor();
    await counsellor.getByRole('link', { name: client.caseCode }).first().waitFor();
    await expectNoSeriousA11yViolations(counsellor, 'referrals list (fr)');
    await counsellor.context().close();
    await partner.context().close();
  });

  it('lists the offer in the public directory without login', async () => {
    const page = await newPage(browser);
    await page.goto('/directory?country=MA');
    await page.evaluate(() => localStorage.setItem('pathways.language', 'fr'));
    await page.reload();
    await page.getByText(OFFER).first().waitFor();
    await expectNoSeriousA11yViolations(page, 'public directory (fr, 360 px)');
    await page.context().close();
  });
});
