// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL for the practice library. Search uses websearch_to_tsquery('dutch', …), which accepts any
 * text (quotes, "or", "-", stray symbols) without a syntax error, so user input never breaks the
 * query; it is passed as a parameter, never spliced into the SQL.
 */
import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { municipalities, practices } from '../../db/schema/index.ts';

export type PracticeRow = typeof practices.$inferSelect & { municipalityName: string };
const { search: _search, ...columns } = getTableColumns(practices);

export async function insertPractice(tx: Tx, values: typeof practices.$inferInsert): Promise<string> {
  const [row] = await tx.insert(practices).values(values).returning({ id: practices.id });
  if (!row) {
    throw new Error('the practice was not inserted');
  }
  return row.id;
}

const selection = { ...columns, municipalityName: municipalities.name };

export async function findPractice(db: Executor, id: string): Promise<PracticeRow | undefined> {
  const [row] = await db.select(selection).from(practices).innerJoin(municipalities, eq(municipalities.code, practices.municipalityCode)).where(eq(practices.id, id));
  return row as PracticeRow | undefined;
}

export async function searchPractices(db: Executor, filter: { q?: string | undefined; theme?: string | undefined; limit: number }): Promise<PracticeRow[]> {
  const text = filter.q?.trim() ?? '';
  const query = sql`websearch_to_tsquery('dutch', ${text})`;
  const rows = await db
    .select(selection)
    .from(practices)
    .innerJoin(municipalities, eq(municipalities.code, practices.municipalityCode))
    .where(and(text === '' ? undefined : sql`${practices.search} @@ ${query}`, filter.theme ? sql`${practices.themes} @> ARRAY[${filter.theme}]::text[]` : undefined))
    .orderBy(...(text === '' ? [] : [desc(sql`ts_rank(${practices.search}, ${query})`)]), desc(practices.publishedAt), desc(practices.id))
    .limit(filter.limit);
  return rows as PracticeRow[];
}
