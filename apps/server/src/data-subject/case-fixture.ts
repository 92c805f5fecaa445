// A complete case built through the API for the data-subject tests: every kind of record a client
// can have, each holding a value found nowhere else, so a test can look for it anywhere.
import { randomInt } from 'node:crypto';
import { expect } from 'vitest';
import { partnerOfUser } from '../referrals/referral-fixtures.js';
import { clientBody, demoEmail, request, type Session, type TestContext } from '../testing/index.js';

const letters = (n: number) => Array.from({ length: n }, () => 'bcdfghjklmnprstvz'[randomInt(17)]).join('');
const arabic = (n: number) =>
  Array.from({ length: n }, () => 'بتثجحخدذرزسشصضطظعغفقكلمنهي'[randomInt(27)]).join('');
const digits = (n: number) => Array.from({ length: n }, () => String(randomInt(10))).join('');
/** A made-up word no demo record holds, capitalised like a name. */
export const uniqueName = () => {
  const w = `${letters(1)}a${letters(1)}o${letters(1)}e${letters(2)}i`;
  return w.charAt(0).toUpperCase() + w.slice(1);
};

export type FullCase = {
  id: string;
  caseCode: string;
  centreId: string;
  sessionIds: string[];
  referralId: string;
  /** Every personal value entered, by what it is. */
  secrets: {
    given: string;
    family: string;
    givenOriginal: string;
    alias: string;
    phone: string;
    idNumber: string;
    dateOfBirth: string;
    region: string;
    guardian: string;
    relative: string;
    notes: string;
    nextSteps: string;
    sensitive: string;
    taskTitle: string;
    taskGoal: string;
    referralReason: string;
  };
};

/** Registers a client with every part of a case, at `centreId`, as `counsellor` of country `cc`. */
export async function buildFullCase(
  t: TestContext,
  counsellor: Session,
  cc: string,
  options: { centreId?: string; name?: string; spouseId?: string } = {},
): Promise<FullCase> {
  const { partner_organisation_id: partnerId } = await partnerOfUser(
    t.database.db,
    demoEmail('partner_staff', cc),
  );
  const { centre_id } = await partnerOfUser(t.database.db, demoEmail('counsellor', cc));
  const centreId = options.centreId ?? (centre_id as string);
  const year = 1970 + randomInt(30);
  const secrets: FullCase['secrets'] = {
    given: options.name ?? uniqueName(),
    family: uniqueName(),
    givenOriginal: arabic(7),
    alias: uniqueName(),
    phone: `+9231${digits(8)}`,
    idNumber: `QX${digits(9)}`,
    dateOfBirth: `${year}-0${1 + randomInt(9)}-1${randomInt(10)}`,
    region: `Region ${uniqueName()}`,
    guardian: `${uniqueName()} ${uniqueName()}`,
    relative: `${uniqueName()} ${uniqueName()}`,
    notes: `Talked about ${uniqueName()} and her plans.`,
    nextSteps: `Call ${uniqueName()} next week.`,
    sensitive: `Health matter ${uniqueName()} ${digits(6)}`,
    taskTitle: `Find the papers of ${uniqueName()}`,
    taskGoal: `Goal ${uniqueName()}`,
    referralReason: `Wants training, says ${uniqueName()}.`,
  };
  const created = await request(t.app, counsellor, 'POST', '/api/clients', {
    ...clientBody(centreId, {
      name: { given: secrets.given, family: secrets.family },
      nameOriginal: { given: secrets.givenOriginal },
      aliases: [secrets.alias],
      sex: 'female',
      dateOfBirth: { value: secrets.dateOfBirth, precision: 'exact' },
      phone: secrets.phone,
      idDocument: { type: 'national_id', number: secrets.idNumber },
      nationality: cc,
      region: secrets.region,
      group: 'returnee',
      intentions: undefined,
      returnDetails: { fromCountry: 'DE', returnedOn: '2025-05-04', kind: 'voluntary' },
      family: [
        { relation: 'sibling', name: secrets.relative },
        ...(options.spouseId ? [{ relation: 'spouse' as const, relatedClientId: options.spouseId }] : []),
      ],
      consents: [
        { purpose: 'counselling', textVersion: 'c-1', language: 'en' },
        {
          purpose: 'follow_up',
          textVersion: 'f-1',
          language: 'en',
          givenBy: 'guardian',
          guardianName: secrets.guardian,
        },
        {
          purpose: 'partner_sharing',
          partnerOrganisationId: partnerId as string,
          textVersion: 's-1',
          language: 'en',
        },
      ],
    }),
  });
  expect(created.statusCode, created.body).toBe(201);
  const client = created.json() as {
    id: string;
    caseCode: string;
    consents: { id: string; purpose: string }[];
  };
  const sharing = client.consents.find((c) => c.purpose === 'partner_sharing') as { id: string };
  const path = `/api/clients/${client.id}`;

  const sessionIds: string[] = [];
  for (const [i, withSensitive] of [true, false].entries()) {
    const res = await request(t.app, counsellor, 'POST', `${path}/sessions`, {
      heldOn: `2026-01-1${i}`,
      channel: 'phone',
      format: 'individual',
      topics: ['reintegration', 'local_jobs'],
      durationMinutes: 45,
      notes: secrets.notes,
      nextSteps: secrets.nextSteps,
      ...(withSensitive ? { sensitiveNotes: secrets.sensitive } : {}),
    });
    expect(res.statusCode, res.body).toBe(201);
    sessionIds.push(res.json().id);
  }
  const task = await request(t.app, counsellor, 'POST', `${path}/tasks`, {
    title: secrets.taskTitle,
    goal: secrets.taskGoal,
    dueOn: '2026-09-01',
  });
  expect(task.statusCode, task.body).toBe(201);
  const assessment = await request(t.app, counsellor, 'POST', `${path}/pathway-assessments`, {
    profile: { nationality: 'PK', dateOfBirth: secrets.dateOfBirth, highestQualification: 'vocational' },
    evaluationDate: '2026-03-01',
  });
  expect(assessment.statusCode, assessment.body).toBe(201);
  const referral = await request(t.app, counsellor, 'POST', `${path}/referrals`, {
    partnerOrganisationId: partnerId as string,
    consentId: sharing.id,
    reason: secrets.referralReason,
    sharedFields: ['givenName', 'familyName', 'phone', 'reason', 'sex'],
  });
  expect(referral.statusCode, referral.body).toBe(201);
  return {
    id: client.id,
    caseCode: client.caseCode,
    centreId,
    sessionIds,
    referralId: referral.json().id,
    secrets,
  };
}

/** Every row of every table as JSON text: what a dump of the database would hold. */
export async function everyRowAsJson(t: TestContext): Promise<string> {
  return t.database.withRawSession(async (s) => {
    const tables = await s.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const dumps: string[] = [];
    for (const { tablename } of tables) {
      const rows = await s.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${tablename}" t`);
      dumps.push(...rows.map((r) => r.row));
    }
    return dumps.join('\n');
  });
}
