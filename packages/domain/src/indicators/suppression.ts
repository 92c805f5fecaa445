/**
 * Small-cell suppression for published aggregates.
 *
 * Primary: a count from 1 to k−1 is hidden (shown as `<k`). Secondary: where a line (a row or a
 * column of a table, totals included, or a chain of linked cells such as three months and their
 * quarter) holds exactly one hidden cell, that cell could be worked out by subtracting the others
 * from the total, so the line's smallest other non-zero cell is hidden too. Repeated until no line
 * holds exactly one hidden cell. Zeros are never picked: hiding a 0 next to a small count would
 * narrow the small count down, not protect it.
 */

export const DEFAULT_MIN_CELL = 5;

export type CellStatus = 'shown' | 'primary' | 'secondary';

/** Each line lists indexes into `values`. Returns one status per value. */
export function suppressCells(
  values: readonly number[],
  lines: readonly (readonly number[])[],
  k = DEFAULT_MIN_CELL,
): CellStatus[] {
  const status: CellStatus[] = values.map((v) => (v >= 1 && v < k ? 'primary' : 'shown'));
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const hidden = line.filter((i) => status[i] !== 'shown').length;
      if (hidden !== 1) continue;
      const next = smallestShownNonZero(values, status, line);
      if (next === undefined) continue;
      status[next] = 'secondary';
      changed = true;
    }
  }
  return status;
}

function smallestShownNonZero(values: readonly number[], status: CellStatus[], line: readonly number[]) {
  let best: number | undefined;
  for (const i of line) {
    const v = values[i] ?? 0;
    if (status[i] !== 'shown' || v === 0) continue;
    if (best === undefined || v < (values[best] ?? 0)) best = i;
  }
  return best;
}

/** The row and column lines of an R×C table stored row by row from `offset`. */
export function tableLines(rowCount: number, columnCount: number, offset = 0): number[][] {
  const lines: number[][] = [];
  for (let r = 0; r < rowCount; r++)
    lines.push(Array.from({ length: columnCount }, (_, c) => offset + r * columnCount + c));
  for (let c = 0; c < columnCount; c++)
    lines.push(Array.from({ length: rowCount }, (_, r) => offset + r * columnCount + c));
  return lines;
}

/** One table (margins included as ordinary rows and columns), suppressed on its own. */
export function suppressTable(matrix: readonly (readonly number[])[], k = DEFAULT_MIN_CELL): CellStatus[][] {
  const columnCount = matrix[0]?.length ?? 0;
  const flat = matrix.flat();
  const status = suppressCells(flat, tableLines(matrix.length, columnCount), k);
  return matrix.map((_, r) => status.slice(r * columnCount, (r + 1) * columnCount));
}

/** How a count is published: the number, `<k` for a small one, `x` for a secondary one. */
export function displayCount(value: number, status: CellStatus, k = DEFAULT_MIN_CELL): number | string {
  if (status === 'primary') return `<${k}`;
  if (status === 'secondary') return 'x';
  return value;
}

export const isShown = (cell: number | string | null): cell is number => typeof cell === 'number';

/**
 * The same rules over cells named by keys, for large sparse structures: the lines of a cell are
 * asked for only once the cell is hidden, so the work follows the few small cells, not the size
 * of the structure. Keys missing from `values` count as 0. `fixed` cells keep the status given
 * (decided earlier, e.g. the totals every breakdown shares) and are never picked.
 *
 * Deterministic: small cells are taken in key order and lines in the order `linesOf` gives them,
 * so the same figures always give the same hidden cells.
 */
export function suppressSparse(
  values: ReadonlyMap<string, number>,
  linesOf: (key: string) => readonly (readonly string[])[],
  k = DEFAULT_MIN_CELL,
  fixed: ReadonlyMap<string, CellStatus> = new Map(),
): Map<string, CellStatus> {
  const status = new Map<string, CellStatus>();
  for (const [key, s] of fixed) if (s !== 'shown') status.set(key, s);
  for (const [key, v] of values) if (v >= 1 && v < k && !fixed.has(key)) status.set(key, 'primary');
  const queue: (readonly string[])[] = [];
  for (const key of [...status.keys()].sort()) queue.push(...linesOf(key));
  const countAt = (key: string) => values.get(key) ?? 0;
  for (let i = 0; i < queue.length; i++) {
    const line = queue[i] as readonly string[];
    let hidden = 0;
    let best: string | undefined;
    for (const key of line) {
      if (status.has(key)) hidden++;
      else if (!fixed.has(key) && countAt(key) > 0 && (best === undefined || countAt(key) < countAt(best)))
        best = key;
    }
    if (hidden !== 1 || best === undefined) continue;
    status.set(best, 'secondary');
    queue.push(...linesOf(best));
  }
  return status;
}

/** Keyed suppression over explicit lines (small structures and tests). */
export function suppressKeyed(
  values: ReadonlyMap<string, number>,
  lines: readonly (readonly string[])[],
  k = DEFAULT_MIN_CELL,
): Map<string, CellStatus> {
  const linesByKey = new Map<string, (readonly string[])[]>();
  for (const line of lines)
    for (const key of line) {
      const list = linesByKey.get(key) ?? [];
      list.push(line);
      linesByKey.set(key, list);
    }
  const hidden = suppressSparse(values, (key) => linesByKey.get(key) ?? [], k);
  const keys = new Set([...values.keys(), ...linesByKey.keys()]);
  return new Map([...keys].map((key) => [key, hidden.get(key) ?? 'shown']));
}
