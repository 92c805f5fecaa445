import type { CodeListName, CodeLists } from '@pathways/contracts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export async function listCodeLists(db: Kysely<DB>): Promise<CodeLists> {
  const rows = await db.selectFrom('code_list_items').selectAll().orderBy('list').orderBy('sort').execute();
  const lists = new Map<string, CodeLists['lists'][number]>();
  for (const row of rows) {
    const list = lists.get(row.list) ?? { list: row.list as CodeListName, version: row.version, items: [] };
    list.items.push({ code: row.code, labels: row.labels });
    lists.set(row.list, list);
  }
  return { lists: [...lists.values()] };
}

/** The codes among `codes` that the list does not hold. */
export async function findUnknownCodes(
  db: Kysely<DB>,
  list: CodeListName,
  codes: string[],
): Promise<string[]> {
  if (!codes.length) return [];
  const known = await db
    .selectFrom('code_list_items')
    .select('code')
    .where('list', '=', list)
    .where('code', 'in', codes)
    .execute();
  const knownCodes = new Set(known.map((k) => k.code));
  return codes.filter((c) => !knownCodes.has(c));
}
