// Year-dependent thresholds. Thresholds move every 1 January but official figures are published
// late or not found at all, so a missing year falls back to the nearest known figure and says so:
// a counsellor must never mistake last year's figure for this year's.
import type { AmountRow, RulePack } from './pack.schema.js';
import type { ResultNote } from './result.js';

export type ResolvedAmount = {
  amount: number;
  currency: string;
  variant: string;
  year: number;
  amountYear: number;
  notes: ResultNote[];
};

export const resolveAmount = (
  pack: RulePack,
  tableId: string,
  variant: string,
  year: number,
): ResolvedAmount => {
  const table = pack.amountTables[tableId];
  const rows = (table?.rows ?? []).filter((row) => row.variant === variant).sort((a, b) => a.year - b.year);
  const exact = rows.find((row) => row.year === year);
  const earlier = rows.filter((row) => row.year < year).at(-1);
  const row: AmountRow | undefined = exact ?? earlier ?? rows[0];
  if (!table || !row) {
    // The pack schema rejects references to unknown tables, so this only guards hand-built packs.
    throw new Error(`Amount table "${tableId}" has no variant "${variant}"`);
  }
  const notes: ResultNote[] = [];
  const subject = { table: tableId, variant, year, amountYear: row.year };
  if (row.year !== year) {
    notes.push({
      code: row.year < year ? 'latest_known_amount_used' : 'earliest_known_amount_used',
      ...subject,
    });
  }
  if (row.sourceQuality !== 'official' || row.year !== year) {
    notes.push({
      code: 'check_official_source',
      subject: tableId,
      ...subject,
      sourceQuality: row.year === year ? row.sourceQuality : 'outdated',
      sourceUrls: row.sourceUrls,
    });
  }
  return { amount: row.amount, currency: table.currency, variant, year, amountYear: row.year, notes };
};
