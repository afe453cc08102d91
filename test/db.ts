// SPDX-License-Identifier: EUPL-1.2
/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by DATABASE_URL (created here, dropped afterwards). Copies are made
 * from the templates of test/global-setup.ts; `shipped: true` starts with the shipped data. With
 * REGIETAFEL_TEST_PGLITE_THREAD=worker the embedded database runs in a worker thread (ADR 0038).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../src/config/env.ts';
import { openDatabase, type Database } from '../src/db/client.ts';

export type TestDatabase = Database & { dispose: () => Promise<void> };

export type CreateTestDatabaseOptions = {
  /** Start with the shipped regional data and national tasks loaded (as `system:test`). */
  shipped?: boolean;
};

export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const { databaseUrl } = loadConfig();
  const templates = inject('testTemplates');
  const template = options.shipped ? templates.shipped : templates.migrated;
  if (!databaseUrl || templates.kind === 'pglite') {
    const database = await openDatabase({
      dataDir: 'memory://',
      purpose: 'test',
      loadDataDir: new Blob([fs.readFileSync(template)]),
      // REGIETAFEL_TEST_PGLITE_THREAD=worker runs the embedded database in a worker thread, as the server does.
      thread: process.env.REGIETAFEL_TEST_PGLITE_THREAD === 'worker' ? 'worker' : 'main',
    });
    return { ...database, dispose: database.close };
  }
  const name = `regietafel_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
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
