import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import en from '../apps/web/src/locales/en.json' with { type: 'json' };
import { apiSession, centreIdOf } from './api.js';
import { expectNoSeriousA11yViolations, launchBrowser, newPage, startingWith } from './browser.js';
import { signIn } from './flows.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function registerViaApi(email: string, centreCode: string, body: object) {
  const api = await apiSession(email);
  return api.call<{ id: string; caseCode: string }>('POST', '/api/clients', {
    centreId: await centreIdOf(api, centreCode),
    sex: 'male',
    group: 'prospective_migrant',
    consents: [{ purpose: 'counselling', textVersion: 'counselling-2026-01', language: 'en' }],
    ...body,
  });
}

const timeline = (page: Page) => page.getByRole('list', { name: en.casework.timeline.title });

describe('casework in the browser', () => {
  it('records a counselling session and a task, and shows both on the timeline and the caseload', async () => {
    const client = await registerViaApi('counsellor.gh@demo.pathways.local', 'ACC', {
      name: { given: 'Kwesi', family: 'Appiah' },
      nationality: 'GH',
      dateOfBirth: { value: '1991-09-09', precision: 'exact' },
    });
    const page = await newPage(browser, { width: 1280, height: 900 });
    await signIn(page, 'counsellor.gh@demo.pathways.local', 'en');
    await page.goto(`/clients/${client.id}`);

    await page.getByRole('button', { name: en.casework.sessions.record }).click();
    const session = page.getByRole('dialog', { name: en.casework.sessions.recordTitle });
    await page.getByRole('combobox', { name: startingWith(en.casework.sessions.channel) }).click();
    await page.getByRole('option', { name: 'In person' }).click();
    await session.getByRole('radio', { name: en.casework.sessions.formats.individual }).check();
    await session.getByRole('checkbox', { name: 'Local jobs' }).check();
    await session.getByLabel(startingWith(en.casework.sessions.duration)).fill('40');
    await session.getByLabel(en.casework.sessions.notes, { exact: true }).fill('Interested in a welding course.');
    await session.getByRole('button', { name: en.casework.sessions.save }).click();
    await session.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: en.casework.tasks.add }).click();
    const task = page.getByRole('dialog', { name: en.casework.tasks.addTitle });
    await task.getByLabel(startingWith(en.casework.tasks.taskTitle)).fill('Call the welding school');
    await task.getByRole('button', { name: en.casework.tasks.addSubmit }).click();
    await task.waitFor({ state: 'detached' });

    await timeline(page).getByText(/Counselling session \(In person, 40 min\): Local jobs/).waitFor();
    await timeline(page).getByText(/Task added: Call the welding school/).waitFor();
    await expectNoSeriousA11yViolations(page, 'client page with session and task (en)');

    await page.getByRole('link', { name: en.nav.caseload, exact: true }).click();
    await page.getByText('Call the welding school').first().waitFor();
    await page.context().close();
  });

  it('assigns a task to a colleague and cancels it', async () => {
    const client = await registerViaApi('counsellor.gh@demo.pathways.local', 'ACC', {
      name: { given: 'Efua', family: 'Mensah' },
      nationality: 'GH',
    });
    const page = await newPage(browser, { width: 1280, height: 900 });
    await signIn(page, 'counsellor.gh@demo.pathways.local', 'en');
    await page.goto(`/clients/${client.id}`);
    await page.getByRole('button', { name: en.casework.tasks.add }).click();
    const task = page.getByRole('dialog', { name: en.casework.tasks.addTitle });
    await task.getByLabel(startingWith(en.casework.tasks.taskTitle)).fill('Check the certificate copy');
    // The centre manager of Accra in the demo.
    await task.getByLabel(en.casework.tasks.assignee).selectOption({ label: 'Kwame Owusu-Ansah' });
    await task.getByRole('button', { name: en.casework.tasks.addSubmit }).click();
    await task.waitFor({ state: 'detached' });
    await page.getByText(/^Due .* · assigned to Kwame Owusu-Ansah$/).waitFor();

    await page.getByRole('button', { name: 'Cancel the task “Check the certificate copy”' }).click();
    await page.getByText(en.casework.tasks.status.cancelled, { exact: true }).first().waitFor();
    await page.context().close();
  });
});
