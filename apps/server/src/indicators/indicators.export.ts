import type { Cell, IndicatorReport, IndicatorTable } from '@pathways/contracts';
import {
  dimensionLabels,
  indicatorDefinitions,
  indicatorNotes,
  type Localised,
  labelOf,
  noteText,
  tableTitles,
} from '@pathways/domain';
import ExcelJS from 'exceljs';

export type ExportLang = keyof Localised;

const words = {
  sheet: { en: 'Indicators', fr: 'Indicateurs', ar: 'المؤشرات' },
  definitions: { en: 'Definitions', fr: 'Définitions', ar: 'التعريفات' },
  indicator: { en: 'Indicator', fr: 'Indicateur', ar: 'المؤشر' },
  definition: { en: 'Definition', fr: 'Définition', ar: 'التعريف' },
  period: { en: 'Period', fr: 'Période', ar: 'الفترة' },
  filters: { en: 'Filters', fr: 'Filtres', ar: 'عوامل التصفية' },
  suppressed: {
    en: 'Small cells suppressed (k = {k})',
    fr: 'Petits effectifs masqués (k = {k})',
    ar: 'الخلايا الصغيرة مخفية (k = {k})',
  },
  notes: { en: 'Notes', fr: 'Notes', ar: 'ملاحظات' },
} satisfies Record<string, Localised>;

const rowLabel = (table: IndicatorTable, row: IndicatorTable['rows'][number], lang: ExportLang) =>
  row.label ?? labelOf(table.rowDimension, row.key, lang);
const columnLabel = (key: string, lang: ExportLang) => labelOf('sex', key, lang);

function filtersText(report: IndicatorReport, lang: ExportLang) {
  const f = report.filters;
  return [
    f.country,
    f.centre,
    f.clientGroup && labelOf('client_group', f.clientGroup, lang),
    f.sex && labelOf('sex', f.sex, lang),
  ]
    .filter(Boolean)
    .join(', ');
}

const periodText = (report: IndicatorReport) =>
  report.period.key ?? `${report.period.from} – ${report.period.to}`;

// A text cell that a spreadsheet would run as a formula is written as text.
const safeText = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = safeText(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line per published cell: easy to pivot, the same cells as the dashboard's. */
export function indicatorsToCsv(report: IndicatorReport, lang: ExportLang): string {
  const lines = [['period', 'table', 'row', 'row_label', 'column', 'column_label', 'value']];
  const out: (string | number | null)[][] = [];
  for (const table of report.tables)
    for (const row of table.rows)
      table.columns.forEach((column, i) => {
        out.push([
          periodText(report),
          table.id,
          row.key,
          rowLabel(table, row, lang),
          column.key,
          columnLabel(column.key, lang),
          row.cells[i] ?? null,
        ]);
      });
  return `${[...lines, ...out].map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const NUMBER_FORMATS = { count: '#,##0', rate: '0.0%', median: '0.0' } as const;

function writeCell(cell: ExcelJS.Cell, value: Cell, kind: keyof typeof NUMBER_FORMATS) {
  cell.value = value;
  if (typeof value === 'number') cell.numFmt = NUMBER_FORMATS[kind];
  else cell.alignment = { horizontal: 'right' };
}

/** The figures on the first sheet, table after table; the definitions on the second. */
export async function indicatorsToXlsx(report: IndicatorReport, lang: ExportLang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(report.generatedAt);
  const rightToLeft = lang === 'ar';
  const sheet = workbook.addWorksheet(words.sheet[lang], { views: [{ rightToLeft }] });
  sheet.getColumn(1).width = 38;
  sheet.addRow([words.period[lang], periodText(report)]);
  sheet.addRow([words.filters[lang], filtersText(report, lang)]);
  if (report.suppression.applied)
    sheet.addRow([words.suppressed[lang].replace('{k}', String(report.suppression.k))]);

  for (const table of report.tables) {
    sheet.addRow([]);
    sheet.addRow([tableTitles[table.id]?.[lang] ?? table.id]).font = { bold: true };
    const header = sheet.addRow([
      dimensionLabels[table.rowDimension]?.[lang] ?? table.rowDimension,
      ...table.columns.map((c) => columnLabel(c.key, lang)),
    ]);
    header.font = { bold: true };
    for (const row of table.rows) {
      const line = sheet.addRow([safeText(rowLabel(table, row, lang))]);
      table.columns.forEach((column, i) => {
        writeCell(line.getCell(i + 2), row.cells[i] ?? null, column.kind);
      });
      if (row.key === 'total') line.font = { bold: true };
    }
  }

  const defs = workbook.addWorksheet(words.definitions[lang], { views: [{ rightToLeft }] });
  defs.getColumn(1).width = 45;
  defs.getColumn(2).width = 110;
  defs.addRow([words.indicator[lang], words.definition[lang]]).font = { bold: true };
  for (const d of indicatorDefinitions) {
    defs.addRow([d.name[lang], d.definition[lang]]).alignment = { wrapText: true, vertical: 'top' };
  }
  defs.addRow([]);
  defs.addRow([words.notes[lang]]).font = { bold: true };
  for (const note of indicatorNotes) defs.addRow([noteText(note, lang, report.suppression.k)]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
