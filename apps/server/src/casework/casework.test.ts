import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  centreIds,
  clientBody,
  createTestApp,
  demoEmail,
  logIn,
  request,
  type Session,
  type TestContext,
} from '../testing/index.js';

let t: TestContext;
let counsellor: Session;
let manager: Session;
let other: Session;
let centres: Record<string, string>;
let client: { id: string; version: number; caseCode: string };

const session = {
  heldOn: '2026-01-15',
  channel: 'in_person',
  format: 'individual',
  topics: ['regular_labour_migration', 'language_learning'],
  durationMinutes: 45,
  notes: 'Discussed the Opportunity Card; wants to reach German B1.',
  sensitiveNotes: 'Mentioned debts to a recruiter.',
  nextSteps: 'Enrol in a German course.',
};

beforeAll(async () => {
  t = await createTestApp();
  counsellor = await logIn(t.app, demoEmail('counsellor', 'PK'));
  manager = await logIn(t.app, demoEmail('country_manager', 'PK'));
  other = await logIn(t.app, demoEmail('counsellor', 'EG'));
  centres = await centreIds(t.app, counsellor.cookie);
  client = (
    await request(
      t.app,
      counsellor,
      'POST',
      '/api/clients',
      clientBody(centres.LHE as string, {
        name: { given: 'Ayesha', family: 'Khan' },
        nameOriginal: { given: 'عائشہ', family: 'خان' },
        sex: 'female',
        nationality: 'PK',
      }),
    )
  ).json();
});
afterAll(() => t.close());

const url = (path = '') => `/api/clients/${client.id}${path}`;

describe('counselling sessions', () => {
  it('records a session, keeps sensitive notes apart and audits their reading', async () => {
    const res = await request(t.app, counsellor, 'POST', url('/sessions'), session);
    expect(res.statusCode).toBe(201);
    const recorded = res.json();
    expect(recorded).toMatchObject({
      heldOn: '2026-01-15',
      hasSensitiveNotes: true,
      counsellorName: 'Sana Malik (ثناء ملک)',
    });
    expect(recorded).not.toHaveProperty('sensitiveNotes');
    const list = (await request(t.app, counsellor, 'GET', url('/sessions'))).json();
    expect(JSON.stringify(list)).not.toContain('debts');

    const notes = await request(t.app, counsellor, 'GET', url(`/sessions/${recorded.id}/sensitive-notes`));
    expect(notes.json().sensitiveNotes).toBe('Mentioned debts to a recruiter.');
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'session.sensitive_notes.read')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a session in the future, without topics, or with an unknown topic, naming the field', async () => {
    for (const [override, field] of [
      [{ heldOn: '2999-01-01' }, 'heldOn'],
      [{ topics: [] }, 'topics'],
      [{ topics: ['astrology'] }, 'topics.0'],
      [{ durationMinutes: 0 }, 'durationMinutes'],
      [{ channel: 'carrier_pigeon' }, 'channel'],
    ] as const) {
      const res = await request(t.app, counsellor, 'POST', url('/sessions'), { ...session, ...override });
      expect(res.statusCode, field).toBe(400);
      expect(
        res.json().errors.map((e: { field: string }) => e.field),
        field,
      ).toContain(field);
    }
  });

  it("keeps another country's counsellor out (404)", async () => {
    expect((await request(t.app, other, 'GET', url('/sessions'))).statusCode).toBe(404);
    expect((await request(t.app, other, 'POST', url('/sessions'), session)).statusCode).toBe(404);
  });
});

describe('case plan and caseload', () => {
  it('adds tasks, lists due and overdue ones on the caseload, and completes them with the version', async () => {
    const overdue = (
      await request(t.app, counsellor, 'POST', url('/tasks'), {
        goal: 'Language',
        title: 'Find a German course',
        dueOn: '2026-01-01',
      })
    ).json();
    expect(overdue.isOverdue).toBe(true);
    // "Today" where the client's centre is (Lahore), which is not always today in UTC.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Karachi' }).format(new Date());
    const due = (
      await request(t.app, counsellor, 'POST', url('/tasks'), {
        title: 'Call about recognition',
        dueOn: today,
      })
    ).json();

    const caseload = (await request(t.app, counsellor, 'GET', '/api/caseload')).json();
    expect(caseload.clients).toBe(1);
    expect(caseload.tasksOverdue.map((x: { id: string }) => x.id)).toEqual([overdue.id]);
    expect(caseload.tasksDue.map((x: { id: string }) => x.id)).toContain(due.id);

    const done = await request(t.app, counsellor, 'PATCH', url(`/tasks/${overdue.id}`), {
      status: 'done',
      version: overdue.version,
    });
    expect(done.json()).toMatchObject({ status: 'done', isOverdue: false });
    const stale = await request(t.app, counsellor, 'PATCH', url(`/tasks/${overdue.id}`), {
      status: 'open',
      version: overdue.version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('assigns a task to a colleague of the centre, not to someone elsewhere', async () => {
    const managerId = (await request(t.app, manager, 'GET', '/api/auth/me')).json().user.id;
    const ok = await request(t.app, counsellor, 'POST', url('/tasks'), {
      title: 'Review the plan',
      dueOn: '2026-12-01',
      assigneeId: managerId,
    });
    expect(ok.statusCode).toBe(201);
    const egyptian = (await request(t.app, other, 'GET', '/api/auth/me')).json().user.id;
    const refused = await request(t.app, counsellor, 'POST', url('/tasks'), {
      title: 'x',
      dueOn: '2026-12-01',
      assigneeId: egyptian,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('assigneeId');
  });

  it('lists clients without contact for N days', async () => {
    // The last session was 60 days ago.
    const sixtyDaysAgo = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    await sql`UPDATE counselling_sessions SET held_on = ${sixtyDaysAgo}::date`.execute(t.database.db);
    const stale = (await request(t.app, counsellor, 'GET', '/api/caseload?noContactDays=30')).json();
    expect(stale.withoutContact).toEqual([
      expect.objectContaining({ clientId: client.id, lastContactOn: sixtyDaysAgo }),
    ]);
    const lenient = (await request(t.app, counsellor, 'GET', '/api/caseload?noContactDays=90')).json();
    expect(lenient.withoutContact).toEqual([]);
  });
});

describe('case status and timeline', () => {
  it('closes with a reason, refuses sessions while closed, reopens, transfers, and shows it all on the timeline', async () => {
    let current = (await request(t.app, counsellor, 'GET', url())).json();
    const closed = await request(t.app, counsellor, 'POST', url('/close'), {
      reason: 'migrated_regularly',
      version: current.version,
    });
    expect(closed.json().status).toBe('closed');
    expect((await request(t.app, counsellor, 'POST', url('/sessions'), session)).statusCode).toBe(409);
    current = (
      await request(t.app, counsellor, 'POST', url('/reopen'), { version: closed.json().version })
    ).json();
    expect(current.status).toBe('active');

    // The Lahore counsellor hands the client to the Islamabad desk and loses sight of the record.
    const moved = await request(t.app, counsellor, 'POST', url('/transfer'), {
      centreId: centres.ISB,
      version: current.version,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toBeNull();
    expect((await request(t.app, counsellor, 'GET', url())).statusCode).toBe(404);
    const byManager = (await request(t.app, manager, 'GET', url())).json();
    expect(byManager.centreId).toBe(centres.ISB);

    const timeline = (await request(t.app, manager, 'GET', url('/timeline'))).json().items;
    const kinds = timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'registered',
        'session',
        'task_created',
        'task_done',
        'consent_recorded',
        'closed',
        'reopened',
        'transferred',
      ]),
    );
    expect(kinds[0]).toBe('transferred');
    expect(kinds.at(-1)).toBe('session'); // held 60 days ago, before the registration in this test run
  });

  it('refuses a transfer to a centre of another country', async () => {
    const current = (await request(t.app, manager, 'GET', url())).json();
    const res = await request(t.app, manager, 'POST', url('/transfer'), {
      centreId: centres.ACC,
      version: current.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('centreId');
  });
});
