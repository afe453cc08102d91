// SPDX-License-Identifier: EUPL-1.2
/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by DATABASE_URL (created here, dropped afterwards).
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../src/config/env.ts';
import { openDatabase, type Database } from '../src/db/client.ts';

export type TestDatabase = Database & { dispose: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const { databaseUrl } = loadConfig();
  if (!databaseUrl) {
    const database = await openDatabase({ dataDir: 'memory://', purpose: 'test' });
    return { ...database, dispose: database.close };
  }
  const name = `regietafel_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '', purpose: 'test' });
  return {
    ...database,
    dispose: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: databaseUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
