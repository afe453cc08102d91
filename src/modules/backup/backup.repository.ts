// SPDX-License-Identifier: EUPL-1.2
/**
 * All SQL of backup and restore. Tables, columns, keys and sequences are discovered from the
 * PostgreSQL catalog, so a table added by a later migration is backed up without a change here.
 * Identifiers in the generated SQL always come from the catalog of the database at hand, never
 * from a backup file.
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client.ts';
import type { BackupMigration } from './backup.schema.ts';
import { orderTablesByDependencies } from './table-order.ts';

/** An application table as the catalog describes it. */
export type TableInfo = {
  name: string;
  /** Stored columns in table order (generated columns left out). */
  columns: string[];
  /** format_type() of each column, e.g. `timestamp with time zone`, `character varying(20)`. */
  types: string[];
  primaryKey: string[];
  /** Tables this one points to with a foreign key. */
  references: string[];
};

/** The migrator's own bookkeeping table: restored by running migrations, not by copying rows. */
export const migrationsTable = 'regietafel_migrations';

const tableRowSchema = z.object({
  name: z.string(),
  columns: z.array(z.object({ name: z.string(), type: z.string() })),
  primary_key: z.array(z.string()),
  references: z.array(z.string()),
});

/** Quotes an SQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function select<T>(executor: Executor, query: SQL): Promise<T[]> {
  // node-postgres and PGlite both answer with an object that has `rows`.
  const result = (await executor.execute(query)) as { rows?: T[] };
  return result.rows ?? [];
}

/**
 * The tables of the public schema that hold application data, parents before children. Left out:
 * the migrations table, tables that belong to an extension (e.g. PostGIS's spatial_ref_sys, filled
 * by the extension itself) and partitions (their rows are read through the partitioned table).
 */
export async function listApplicationTables(executor: Executor): Promise<TableInfo[]> {
  const rows = await select<unknown>(
    executor,
    sql`
      SELECT c.relname AS name,
        (SELECT coalesce(json_agg(json_build_object('name', a.attname,
                  'type', format_type(a.atttypid, a.atttypmod)) ORDER BY a.attnum), '[]'::json)
           FROM pg_attribute a
          WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
        ) AS columns,
        (SELECT coalesce(json_agg(a.attname ORDER BY k.ord), '[]'::json)
           FROM pg_constraint pk
           CROSS JOIN LATERAL unnest(pk.conkey) WITH ORDINALITY AS k(attnum, ord)
           JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
          WHERE pk.conrelid = c.oid AND pk.contype = 'p'
        ) AS primary_key,
        (SELECT coalesce(json_agg(DISTINCT p.relname), '[]'::json)
           FROM pg_constraint fk JOIN pg_class p ON p.oid = fk.confrelid
          WHERE fk.conrelid = c.oid AND fk.contype = 'f'
        ) AS references
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public'
        AND c.relkind IN ('r', 'p')
        AND NOT c.relispartition
        AND c.relname <> ${migrationsTable}
        AND NOT EXISTS (
          SELECT 1 FROM pg_depend d
           WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
      ORDER BY c.relname`,
  );
  const tables = rows
    .map((row) => tableRowSchema.parse(row))
    .filter((row) => row.columns.length > 0)
    .map(
      (row): TableInfo => ({
        name: row.name,
        columns: row.columns.map((column) => column.name),
        types: row.columns.map((column) => column.type),
        primaryKey: row.primary_key,
        references: row.references,
      }),
    );
  const byName = new Map(tables.map((table) => [table.name, table]));
  return orderTablesByDependencies(tables).flatMap((name) => byName.get(name) ?? []);
}

/** The applied migrations in order; empty when the database was never migrated. */
export async function listAppliedMigrations(executor: Executor): Promise<BackupMigration[]> {
  const [exists] = await select<{ present: boolean }>(
    executor,
    sql`SELECT to_regclass(${`public.${migrationsTable}`}) IS NOT NULL AS present`,
  );
  if (!exists?.present) {
    return [];
  }
  return select<BackupMigration>(
    executor,
    sql.raw(`SELECT id, checksum FROM ${quoteIdent(migrationsTable)} ORDER BY id`),
  );
}

/**
 * Fixes the text forms of values for this transaction (ISO dates in UTC, hex bytea, shortest exact
 * floats), so a backup does not depend on the server's or the session's settings.
 */
export async function useCanonicalTextFormats(executor: Executor): Promise<void> {
  await executor.execute(
    sql.raw(
      "SELECT set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO, YMD', true), " +
        "set_config('IntervalStyle', 'postgres', true), set_config('bytea_output', 'hex', true), " +
        "set_config('extra_float_digits', '1', true)",
    ),
  );
}

/** Number of rows in a table. */
export async function countRows(executor: Executor, table: TableInfo): Promise<number> {
  const [row] = await select<{ n: number }>(
    executor,
    sql.raw(`SELECT count(*)::int AS n FROM ${quoteIdent(table.name)}`),
  );
  return row?.n ?? 0;
}

/**
 * Every row of a table as one JSON array line of text values, ordered by primary key (or by the
 * whole row when there is none). Reads through a cursor, `batchSize` rows at a time, so a large
 * table never sits in memory whole. Must run inside a transaction.
 */
export async function* readRowLines(executor: Executor, table: TableInfo, batchSize = 500): AsyncGenerator<string> {
  const values = table.columns.map((column) => `${quoteIdent(column)}::text`).join(', ');
  const orderBy =
    table.primaryKey.length > 0 ? table.primaryKey.map(quoteIdent).join(', ') : 'regietafel_row::text';
  await executor.execute(
    sql.raw(
      `DECLARE regietafel_backup_rows NO SCROLL CURSOR FOR
       SELECT array_to_json(ARRAY[${values}])::text AS line
         FROM ${quoteIdent(table.name)} AS regietafel_row ORDER BY ${orderBy}`,
    ),
  );
  for (;;) {
    const rows = await select<{ line: string }>(
      executor,
      sql.raw(`FETCH FORWARD ${batchSize} FROM regietafel_backup_rows`),
    );
    if (rows.length === 0) {
      break;
    }
    for (const row of rows) {
      yield row.line;
    }
  }
  await executor.execute(sql.raw('CLOSE regietafel_backup_rows'));
}

/** The names of the given tables that hold at least one row. */
export async function tablesWithRows(executor: Executor, tables: TableInfo[]): Promise<string[]> {
  const filled: string[] = [];
  for (const table of tables) {
    const [row] = await select<{ filled: boolean }>(
      executor,
      sql.raw(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table.name)}) AS filled`),
    );
    if (row?.filled) {
      filled.push(table.name);
    }
  }
  return filled;
}

/**
 * Switches off every trigger for the rest of the transaction: the audit triggers must not record
 * the restore as new changes, and the append-only guard must let the old trail back in. Foreign
 * keys are not checked either, which is safe because the rows come from a consistent snapshot.
 * Needs a superuser (or, on PostgreSQL 15, a role granted SET on session_replication_role).
 */
export async function disableTriggersInTransaction(executor: Executor): Promise<void> {
  await executor.execute(sql.raw("SELECT set_config('session_replication_role', 'replica', true)"));
}

/**
 * Inserts rows given as a JSON array of row arrays (text values). Each value is cast back with the
 * column's type; identity columns keep their stored values.
 */
export async function insertRowBatch(executor: Executor, table: TableInfo, rowsJson: string): Promise<void> {
  const columns = table.columns.map(quoteIdent).join(', ');
  const values = table.types.map((type, index) => `(r ->> ${index})::${type}`).join(', ');
  await executor.execute(sql`
    INSERT INTO ${sql.raw(quoteIdent(table.name))} (${sql.raw(columns)}) OVERRIDING SYSTEM VALUE
    SELECT ${sql.raw(values)} FROM json_array_elements(${rowsJson}::json) AS r`);
}

/** Sets every sequence owned by a column (serial, identity) to that column's highest value. */
export async function resetSequences(executor: Executor): Promise<number> {
  const owned = await select<{ sequence: string; table_name: string; column_name: string; start: string }>(
    executor,
    sql`
      SELECT s.oid::regclass::text AS sequence, t.relname AS table_name, a.attname AS column_name,
             q.seqstart::text AS start
        FROM pg_class s
        JOIN pg_sequence q ON q.seqrelid = s.oid
        JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid
                        AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
        JOIN pg_class t ON t.oid = d.refobjid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
       WHERE s.relkind = 'S' AND n.nspname = 'public'
       ORDER BY 1`,
  );
  for (const sequence of owned) {
    const column = quoteIdent(sequence.column_name);
    // An empty table gets its sequence back at the start, so the next value is the first one.
    await executor.execute(sql`
      SELECT setval(${sequence.sequence}::regclass,
                    coalesce(max(${sql.raw(column)})::bigint, ${sequence.start}::bigint),
                    max(${sql.raw(column)}) IS NOT NULL)
        FROM ${sql.raw(quoteIdent(sequence.table_name))}`);
  }
  return owned.length;
}

/** Refreshes materialized views, whose contents are derived and therefore not in a backup. */
export async function refreshMaterializedViews(executor: Executor): Promise<void> {
  const views = await select<{ name: string }>(
    executor,
    sql`SELECT matviewname AS name FROM pg_matviews WHERE schemaname = 'public' ORDER BY 1`,
  );
  for (const view of views) {
    await executor.execute(sql.raw(`REFRESH MATERIALIZED VIEW ${quoteIdent(view.name)}`));
  }
}
