// SPDX-License-Identifier: EUPL-1.2
/**
 * Opens the database: embedded PGlite in a locked data folder by default, or a PostgreSQL server
 * when DATABASE_URL is set. Both get the same drizzle schema and the same SQL migrations.
 */
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { acquireDataDirLock } from './lock.ts';
import { PgliteThreadClient } from './pglite-thread.ts';
import { runMigrations } from './migrate.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs a multi-statement SQL text in one transaction: all of it or nothing (migrations, restore). */
  exec: (sqlText: string) => Promise<void>;
  /** Runs one parameterless query and returns its rows (backup, diagnostics). */
  query: <T = Record<string, unknown>>(sqlText: string, params?: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
  /** Embedded only: the whole data folder as a tarball (test templates). */
  dumpDataDir?: () => Promise<Blob>;
};

export type OpenDatabaseOptions = {
  /** PostgreSQL server URL; when absent, the embedded database in `dataDir` is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; `memory://` for a throwaway in-memory one (tests). */
  dataDir: string;
  /** What holds the embedded lock, shown to a second process ("server", "import", ...). */
  purpose: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** In-memory embedded database only: start from this dumped data folder (test templates). */
  loadDataDir?: Blob;
  /**
   * Embedded only: run PGlite on this thread (`main`, the default: commands and tests) or in a
   * worker thread of its own (`worker`: the server, so queries do not stop its event loop; ADR 0038).
   */
  thread?: 'main' | 'worker';
};

/** Opens (and by default migrates) the configured database. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const database = options.databaseUrl
    ? await openServer(options.databaseUrl)
    : await openEmbedded(options.dataDir, options.purpose, options.loadDataDir, options.thread ?? 'main');
  if (options.migrate !== false) {
    try {
      await runMigrations(database);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

/** What the embedded database needs of PGlite, on this thread or in the worker (ADR 0038). */
type EmbeddedClient = {
  query: <T>(sqlText: string, params?: unknown[]) => Promise<{ rows: T[] }>;
  transaction: <T>(callback: (tx: { exec: (sqlText: string) => Promise<unknown> }) => Promise<T>) => Promise<T>;
  dumpDataDir: (compression?: 'none') => Promise<Blob | File>;
  close: () => Promise<void>;
};

async function openEmbedded(dataDir: string, purpose: string, loadDataDir: Blob | undefined, thread: 'main' | 'worker'): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const lock = inMemory ? undefined : acquireDataDirLock(dataDir, purpose);
  let client: EmbeddedClient;
  try {
    if (thread === 'worker') {
      client = await PgliteThreadClient.open({ dataDir: inMemory ? undefined : dataDir, loadDataDir });
    } else {
      client = inMemory ? await PGlite.create(loadDataDir ? { loadDataDir } : {}) : await PGlite.create(dataDir);
    }
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite({ client: client as PGlite, schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    exec: async (sqlText) => {
      await client.transaction(async (tx) => {
        await tx.exec(sqlText);
      });
    },
    query: async <T>(sqlText: string, params: unknown[] = []) => (await client.query<T>(sqlText, params)).rows,
    dumpDataDir: () => client.dumpDataDir('none'),
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

async function openServer(databaseUrl: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle connection can be ended by the server (restart, failover, DROP DATABASE ... FORCE).
  // Without a listener that 'error' event would crash the process; the pool already discards
  // the broken client and the next query opens a fresh connection.
  pool.on('error', () => undefined);
  // Fail early with a clear message when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    exec: async (sqlText) => {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        await connection.query(sqlText);
        await connection.query('COMMIT');
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    query: async <T>(sqlText: string, params: unknown[] = []) =>
      (await pool.query(sqlText, params)).rows as T[],
    close: async () => {
      await pool.end();
    },
  };
}
