// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { runMigrations } from '../../src/db/migrate.ts';

describe('[FOUNDATION] database and audit trail', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.dispose();
  });

  it('applies migrations once (a second run applies nothing)', async () => {
    expect(await runMigrations(database)).toEqual([]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the audit trail', async () => {
    await database.exec(
      "INSERT INTO audit_log (actor, action, table_name, record_id, changes) VALUES ('cli:test', 'insert', 't', '1', '{}')",
    );
    await expect(database.query('UPDATE audit_log SET actor = $1', ['x'])).rejects.toThrow(/append-only/);
    await expect(database.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(database.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect(await database.query('select count(*)::int as n from audit_log')).toEqual([{ n: 1 }]);
  });

  it('has audit triggers for INSERT, UPDATE and DELETE on every application table, so every write reaches the trail', async () => {
    const tables = await database.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name NOT IN ('audit_log', 'regietafel_migrations')`,
    );
    // tgtype bits: 4 = INSERT, 8 = DELETE, 16 = UPDATE (per row or, with a transition table, per statement).
    const audited = await database.query<{ table_name: string; events: number }>(
      `SELECT c.relname AS table_name, bit_or(t.tgtype::int & 28) AS events
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE (p.proname = 'regietafel_audit' OR p.proname LIKE 'regietafel\\_audit\\_inserted\\_%') AND NOT t.tgisinternal
          AND (t.tgtype::int & 2) = 0
        GROUP BY c.relname`,
    );
    const events = new Map(audited.map((row) => [row.table_name, row.events]));
    expect(tables.length).toBeGreaterThan(10);
    expect(tables.map((row) => row.table_name).filter((name) => events.get(name) !== 28)).toEqual([]);
  });

  it('audits every column in the generated per-statement insert audits (regenerate them after adding a column)', async () => {
    const functions = await database.query<{ table_name: string; source: string }>(
      `SELECT substr(proname, length('regietafel_audit_inserted_') + 1) AS table_name, prosrc AS source
         FROM pg_proc WHERE proname LIKE 'regietafel\\_audit\\_inserted\\_%'`,
    );
    expect(functions.map((row) => row.table_name).sort()).toEqual(['participation_reaction_emails', 'participation_reactions']);
    for (const { table_name: table, source } of functions) {
      const columns = await database.query<{ name: string }>(
        `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
        [table],
      );
      expect(columns.length).toBeGreaterThan(1);
      expect(columns.filter((column) => !source.includes(`'${column.name}', `)).map((column) => column.name)).toEqual([]);
    }
  });
});
