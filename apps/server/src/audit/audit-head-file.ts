import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import readline from 'node:readline';
import { type ChainHead, ChainHeadSchema } from './audit-heads.js';

/** Appends one head as a JSON line (O_APPEND: existing lines are never rewritten). */
export async function appendHeadLine(file: string, head: ChainHead): Promise<void> {
  await fs.appendFile(file, `${JSON.stringify(head)}\n`, { encoding: 'utf8', mode: 0o640 });
}

type LineVerdict = { head: ChainHead } | { malformed: true } | null;

/**
 * One line of a head file, or of the server's JSON log when it carries an `auditHead` (so a log
 * kept by a collector serves as well). Other lines are not heads (null); a line that claims to
 * be a head but is not one is malformed.
 */
export function parseHeadLine(line: string): LineVerdict {
  if (!line.includes('"mac"')) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { malformed: true };
  }
  const candidate =
    typeof value === 'object' && value !== null && 'auditHead' in value ? value.auditHead : value;
  const parsed = ChainHeadSchema.safeParse(candidate);
  return parsed.success ? { head: parsed.data } : { malformed: true };
}

export function parseHeadLines(text: string): { heads: ChainHead[]; malformed: number } {
  const heads: ChainHead[] = [];
  let malformed = 0;
  for (const line of text.split('\n')) {
    const verdict = parseHeadLine(line);
    if (verdict && 'head' in verdict) heads.push(verdict.head);
    else if (verdict) malformed++;
  }
  return { heads, malformed };
}

export type HeadFileStats = { heads: number; malformed: number };

/**
 * The heads of a file, read line by line (a year of heads need not fit in memory); a missing
 * file holds none (the sealer has not written yet). `stats` counts what was read.
 */
export async function* streamHeadFile(
  file: string,
  stats: HeadFileStats = { heads: 0, malformed: 0 },
): AsyncGenerator<ChainHead> {
  try {
    await fs.access(file);
  } catch {
    return;
  }
  const lines = readline.createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    const verdict = parseHeadLine(line);
    if (verdict && 'head' in verdict) {
      stats.heads++;
      yield verdict.head;
    } else if (verdict) stats.malformed++;
  }
}
