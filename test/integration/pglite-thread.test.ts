// SPDX-License-Identifier: EUPL-1.2
/**
 * The embedded database in a worker thread (src/db/pglite-thread.ts, ADR 0038) behaves as PGlite
 * on the main thread: drizzle queries in both row modes, commit and rollback of interactive
 * transactions, savepoints, PostgreSQL errors with their fields, queries outside a transaction
 * waiting for it, the audit trail, a dump of the data folder, and a data folder reopened after close.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { municipalities, provinces } from '../../src/db/schema/index.ts';
import { inTransaction } from '../../src/db/transaction.ts';

// The PostgreSQL tier has no embedded templates; this file is about the embedded database only.
describe.skipIf(inject('testTemplates').kind !== 'pglite')('[FOUNDATION] the embedded database in a worker thread', () => {
  let dir: string;
  let database: Database;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regietafel-pglite-thread-'));
    // A new data folder, started from the migrated template (test/global-setup.ts) to save time.
    const migrated = new Blob([fs.readFileSync(inject('testTemplates').migrated)]);
    database = await openDatabase({ dataDir: path.join(dir, 'data'), purpose: 'test', thread: 'worker', loadDataDir: migrated });
  }, 120_000);
  afterAll(async () => {
    await database?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs drizzle selects and inserts, with dates kept as text', async () => {
    await inTransaction(database.db, 'system:test', async (tx) => {
      await tx.insert(provinces).values({ code: 'PV26', name: 'Utrecht' });
      await tx.insert(municipalities).values({ code: 'GM0344', name: 'Utrecht', provinceCode: 'PV26' });
    });
    const rows = await database.db.select({ code: municipalities.code, name: municipalities.name }).from(municipalities).where(eq(municipalities.provinceCode, 'PV26'));
    expect(rows).toEqual([{ code: 'GM0344', name: 'Utrecht' }]);
    const [row] = await database.query<{ day: unknown; moment: unknown }>(`SELECT DATE '2024-01-01' AS day, now() AS moment`);
    expect(row?.day).toBeInstanceOf(Date);
    const result = (await database.db.execute(sql`SELECT DATE '2024-01-01' AS day, now() AS moment`)) as unknown as { rows: { day: unknown; moment: unknown }[] };
    // drizzle asks for dates as text; its parsers are applied in the worker.
    expect(result.rows[0]?.day).toBe('2024-01-01');
    expect(typeof result.rows[0]?.moment).toBe('string');
  });

  it('rolls a transaction back when its callback throws, and keeps the PostgreSQL error fields', async () => {
    await expect(
      inTransaction(database.db, 'system:test', async (tx) => {
        await tx.insert(provinces).values({ code: 'PV27', name: 'Noord-Holland' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await database.db.select().from(provinces).where(eq(provinces.code, 'PV27'))).toEqual([]);

    const duplicate = await inTransaction(database.db, 'system:test', (tx) => tx.insert(provinces).values({ code: 'PV26', name: 'Utrecht' })).catch((error: unknown) => error);
    const cause = (duplicate as { cause?: { code?: string; constraint?: string } }).cause;
    expect(cause?.code).toBe('23505');
    expect(cause?.constraint).toMatch(/provinces/);
    // The failed transaction left nothing open: the next one works.
    await inTransaction(database.db, 'system:test', (tx) => tx.insert(provinces).values({ code: 'PV20', name: 'Groningen' }));
  });

  it('rolls back to a savepoint of a nested transaction only', async () => {
    await inTransaction(database.db, 'system:test', async (tx) => {
      await tx.insert(provinces).values({ code: 'PV21', name: 'Friesland' });
      await tx.transaction(async (inner) => {
        await inner.insert(provinces).values({ code: 'PV22', name: 'Drenthe' });
        throw new Error('inner only');
      }).catch(() => undefined);
    });
    const codes = (await database.db.select({ code: provinces.code }).from(provinces)).map((row) => row.code).sort();
    expect(codes).toContain('PV21');
    expect(codes).not.toContain('PV22');
  });

  it('queues a query from outside behind an open transaction, and audits the writes', async () => {
    let outside: Promise<unknown> | undefined;
    await inTransaction(database.db, 'system:test', async (tx) => {
      await tx.insert(provinces).values({ code: 'PV23', name: 'Overijssel' });
      outside = database.db.select().from(provinces).where(eq(provinces.code, 'PV23'));
      await tx.execute(sql`SELECT pg_sleep(0.05)`);
    });
    expect(await outside).toHaveLength(1);
    const audit = await database.query<{ actor: string }>(`SELECT actor FROM audit_log WHERE table_name = 'provinces' AND record_id = 'PV23'`);
    expect(audit.map((row) => row.actor)).toEqual(['system:test']);
  });

  it('dumps the data folder, and opens the folder again after close', async () => {
    const dump = await database.dumpDataDir?.();
    expect(dump?.size).toBeGreaterThan(1_000_000);
    await database.close();
    database = await openDatabase({ dataDir: path.join(dir, 'data'), purpose: 'test', thread: 'worker' });
    expect(await database.db.select().from(provinces).where(eq(provinces.code, 'PV26'))).toHaveLength(1);
    const copy = await openDatabase({ dataDir: 'memory://', purpose: 'test', thread: 'worker', loadDataDir: dump, migrate: false });
    try {
      expect(await copy.query(`SELECT code FROM provinces WHERE code = 'PV21'`)).toHaveLength(1);
    } finally {
      await copy.close();
    }
  }, 120_000);
});
