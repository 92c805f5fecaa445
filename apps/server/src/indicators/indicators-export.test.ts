import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  centreIds,
  createTestApp,
  demoEmail,
  logIn,
  request,
  type Session,
  type TestContext,
} from '../testing/index.js';
import { buildIraqFixture } from './indicators.fixture.js';

let t: TestContext;
let manager: Session;
let analyst: Session;

beforeAll(async () => {
  t = await createTestApp();
  manager = await logIn(t.app, demoEmail('country_manager', 'IQ'));
  analyst = await logIn(t.app, demoEmail('analyst'));
  await buildIraqFixture(t.app, t.database.db, manager, await centreIds(t.app, manager.cookie));
});
afterAll(() => t.close());

async function workbookOf(session: Session, query: string) {
  const res = await request(t.app, session, 'GET', `/api/indicators/export.xlsx?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

/** The rows of a sheet as arrays of cell values (1-based columns dropped). */
function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** The rows of one table on the first sheet: from its title to the next blank row. */
function tableRows(rows: unknown[][], title: string) {
  const start = rows.findIndex((r) => r[0] === title);
  expect(start, `table ${title}`).toBeGreaterThan(-1);
  const end = rows.findIndex((r, i) => i > start && r.length === 0);
  return rows.slice(start + 1, end === -1 ? undefined : end);
}

describe('CSV export', () => {
  it('writes one line per published cell, labelled in the language asked', async () => {
    const res = await request(
      t.app,
      manager,
      'GET',
      '/api/indicators/export.csv?period=2026-Q1&country=IQ&breakdown=none&lang=fr',
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="indicators-2026-Q1.csv"');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('period,table,row,row_label,column,column_label,value');
    expect(lines).toContain('2026-Q1,people_counselled,total,Total,female,Femmes,3');
    expect(lines).toContain('2026-Q1,people_counselled,total,Total,share_female,Part des femmes,0.6');
    expect(lines).toContain(
      '2026-Q1,referrals_by_offer_category,vocational_training,Formation professionnelle,median_days_to_answer,Délai médian de réponse (jours),3.5',
    );
    expect(lines).toContain(
      '2026-Q1,referrals_by_offer_category,health,Santé,acceptance_rate,Taux d’acceptation,',
    );
  });

  it('keeps the scope and the analyst’s periods', async () => {
    const centreManager = await logIn(t.app, demoEmail('centre_manager', 'IQ'));
    const centres = await centreIds(t.app, manager.cookie);
    const other = await request(
      t.app,
      centreManager,
      'GET',
      `/api/indicators/export.csv?period=2026&centre=${centres.BGW}`,
    );
    expect(other.statusCode).toBe(404);
    const days = await request(
      t.app,
      analyst,
      'GET',
      '/api/indicators/export.csv?from=2026-01-01&to=2026-01-15',
    );
    expect(days.statusCode).toBe(400);
    const suppressed = await request(
      t.app,
      analyst,
      'GET',
      '/api/indicators/export.csv?period=2026-Q1&country=IQ&breakdown=none',
    );
    expect(suppressed.body).toContain('people_counselled,total,Total,female,Women,<5');
  });
});

describe('XLSX export', () => {
  it('gives the analyst women returnees in Iraq in French, small cells hidden, definitions on sheet 2', async () => {
    const workbook = await workbookOf(
      analyst,
      'period=2026-Q1&country=IQ&clientGroup=returnee&sex=female&breakdown=none&lang=fr',
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Indicateurs', 'Définitions']);
    const rows = rowsOf(workbook.worksheets[0]);
    expect(rows[0]).toEqual(['Période', '2026-Q1']);
    expect(rows[1]).toEqual(['Filtres', 'IQ, Personnes de retour, Femmes']);
    expect(rows[2]).toEqual(['Petits effectifs masqués (k = 5)']);
    // Returnee women counselled: A and E, so 2: shown as "<5".
    expect(tableRows(rows, 'Personnes conseillées')).toEqual([
      ['Ensemble', 'Femmes'],
      ['Total', '<5'],
    ]);
    const definitions = rowsOf(workbook.worksheets[1]);
    expect(definitions[0]).toEqual(['Indicateur', 'Définition']);
    expect(definitions[1]?.[0]).toBe('Personnes conseillées');
    expect(String(definitions[1]?.[1])).toContain('Chaque personne compte une seule fois');
    expect(definitions.flat().join(' ')).toContain('s’affichent « <5 »');
  });

  it('writes numbers as numbers with their formats for a country manager', async () => {
    const workbook = await workbookOf(manager, 'period=2026-Q1&country=IQ&breakdown=client_group');
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    const rows = rowsOf(sheet);
    const people = tableRows(rows, 'People counselled');
    expect(people[0]).toEqual([
      'Client group',
      'Women',
      'Men',
      'Other',
      'Not stated',
      'Total',
      'Share of women',
    ]);
    expect(people.find((r) => r[0] === 'Returnees')).toEqual(['Returnees', 2, 1, 0, 0, 3, 0.6667]);
    expect(people.at(-1)).toEqual(['Total', 3, 2, 0, 0, 5, 0.6]);
    const start = rows.findIndex((r) => r[0] === 'People counselled');
    // Rows are 1-based; the total row of the table is 5 rows below its title.
    const totalRow = sheet.getRow(start + 1 + 5);
    expect(totalRow.getCell(7).numFmt).toBe('0.0%');
    expect(totalRow.getCell(2).numFmt).toBe('#,##0');
    const referrals = tableRows(rows, 'Referrals by offer category');
    expect(referrals.at(-1)).toEqual(['Total', 6, 5, 2, 0.8333, 0.4, 3]);
  });

  it('lays Arabic out right to left', async () => {
    const workbook = await workbookOf(manager, 'period=2026-Q1&country=IQ&lang=ar');
    expect(workbook.worksheets[0]?.name).toBe('المؤشرات');
    expect(workbook.worksheets[0]?.views[0]?.rightToLeft).toBe(true);
    expect(rowsOf(workbook.worksheets[1])[1]?.[0]).toBe('الأشخاص الذين تلقوا الإرشاد');
  });
});
