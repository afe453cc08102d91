// SPDX-License-Identifier: EUPL-1.2
/**
 * Versioned SQL migrations (src/db/migrations/NNNN_name.sql), applied in order, each in its own
 * transaction, recorded with a checksum so an edited migration is detected. Plain SQL keeps them
 * readable and limited to what PostgreSQL 15 supports (ADR 0002).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './client.ts';

export const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export type Migration = { id: string; sql: string; checksum: string };

/** The migrations shipped with this version, in order. */
export function listMigrations(dir = migrationsDir): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name))
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name), 'utf8');
      return {
        id: name.replace(/\.sql$/, ''),
        sql,
        checksum: crypto.createHash('sha256').update(sql).digest('hex'),
      };
    });
}

/** Applies pending migrations; returns the ids applied. Throws if an applied one was edited. */
export async function runMigrations(database: Database, dir = migrationsDir): Promise<string[]> {
  await database.exec(`
    CREATE TABLE IF NOT EXISTS regietafel_migrations (
      id text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  const applied = new Map(
    (
      await database.query<{ id: string; checksum: string }>(
        'SELECT id, checksum FROM regietafel_migrations',
      )
    ).map((row) => [row.id, row.checksum]),
  );
  const done: string[] = [];
  for (const migration of listMigrations(dir)) {
    const known = applied.get(migration.id);
    if (known !== undefined) {
      if (known !== migration.checksum) {
        throw new Error(
          `Migration ${migration.id} was changed after it was applied. Add a new migration instead.`,
        );
      }
      continue;
    }
    // The advisory lock serialises concurrent starts against one PostgreSQL server.
    const quotedId = migration.id.replace(/'/g, "''");
    await database.exec(
      `SELECT pg_advisory_xact_lock(4242);
       ${migration.sql}
       ;
       INSERT INTO regietafel_migrations (id, checksum) VALUES ('${quotedId}', '${migration.checksum}');`,
    );
    done.push(migration.id);
  }
  return done;
}
