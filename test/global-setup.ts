// SPDX-License-Identifier: EUPL-1.2
/**
 * Builds two template databases once per test run, so that each test file starts from a copy in
 * about a second instead of migrating (and loading the shipped data) itself:
 *   - "migrated": all migrations applied, no rows;
 *   - "shipped": migrated plus the shipped regional data and national tasks (data/).
 * Embedded: PGlite data folders dumped to tarballs. Server (DATABASE_URL): template databases
 * that each test file copies with CREATE DATABASE ... TEMPLATE.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config/env.ts';
import { openDatabase, type Database } from '../src/db/client.ts';
import { ensureShippedData } from '../src/modules/regions/ensure-shipped-data.ts';
import { importNationalTasks } from '../src/modules/taakstelling/import-national-tasks.ts';

export type TestTemplates =
  | { kind: 'pglite'; migrated: string; shipped: string }
  | { kind: 'postgres'; migrated: string; shipped: string };

declare module 'vitest' {
  export interface ProvidedContext {
    testTemplates: TestTemplates;
  }
}

async function loadShipped(database: Database): Promise<void> {
  await ensureShippedData({ database, log: () => undefined, actor: 'system:test' });
  await importNationalTasks({ db: database.db, actor: 'system:test' });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { databaseUrl } = loadConfig();
  if (!databaseUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regietafel-test-templates-'));
    const database = await openDatabase({ dataDir: 'memory://', purpose: 'test template' });
    const dump = async (name: string) => {
      const file = path.join(dir, `${name}.tar`);
      fs.writeFileSync(file, Buffer.from(await (await database.dumpDataDir!()).arrayBuffer()));
      return file;
    };
    const migrated = await dump('migrated');
    await loadShipped(database);
    const shipped = await dump('shipped');
    await database.close();
    project.provide('testTemplates', { kind: 'pglite', migrated, shipped });
    return async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const suffix = crypto.randomBytes(4).toString('hex');
  const names = { migrated: `regietafel_tpl_migrated_${suffix}`, shipped: `regietafel_tpl_shipped_${suffix}` };
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  const urlOf = (name: string) => {
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  await admin.query(`CREATE DATABASE ${names.migrated}`);
  const migrated = await openDatabase({ databaseUrl: urlOf(names.migrated), dataDir: '', purpose: 'test template' });
  await migrated.close();
  await admin.query(`CREATE DATABASE ${names.shipped} TEMPLATE ${names.migrated}`);
  const shipped = await openDatabase({ databaseUrl: urlOf(names.shipped), dataDir: '', purpose: 'test template' });
  await loadShipped(shipped);
  await shipped.close();
  await admin.end();
  project.provide('testTemplates', { kind: 'postgres', ...names });
  return async () => {
    const cleanup = new pg.Client({ connectionString: databaseUrl });
    await cleanup.connect();
    for (const name of Object.values(names)) {
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
    await cleanup.end();
  };
}
