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
});
