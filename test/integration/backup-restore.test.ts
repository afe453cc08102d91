// SPDX-License-Identifier: EUPL-1.2
/**
 * Backup and restore against a real database (PGlite, or the PostgreSQL server in DATABASE_URL):
 * a restore gives identical data in every table, audit trail included; bad files and unsuitable
 * databases are refused with a clear message and nothing written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/transaction.ts';
import { createBackup } from '../../src/modules/backup/create-backup.ts';
import { restoreBackup } from '../../src/modules/backup/restore-backup.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';

type TableHash = { table: string; rows: number; md5: string };

/** md5 of every public table's rows in a fixed order, found without the backup module's help. */
async function tableHashes(database: TestDatabase): Promise<TableHash[]> {
  const tables = await database.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'regietafel_migrations'
      ORDER BY 1`,
  );
  const hashes: TableHash[] = [];
  for (const { name } of tables) {
    const [row] = await database.query<{ rows: number; md5: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5
         FROM "${name}" AS t`,
    );
    hashes.push({ table: name, rows: row?.rows ?? -1, md5: row?.md5 ?? '' });
  }
  return hashes;
}

function totalRows(hashes: TableHash[]): number {
  return hashes.reduce((sum, hash) => sum + hash.rows, 0);
}

/** Rows in several real tables, with values that are easy to get subtly wrong. */
async function fillSource(database: TestDatabase): Promise<void> {
  await inTransaction(database.db, 'cli:test-backup', async (tx) => {
    await tx.execute(sql`
      INSERT INTO sources (id, publisher, title, publisher_table, reference_date, url, licence, note)
      VALUES ('cbs-test', 'CBS', 'Kerncijfers "wijken" en buurten', '85984NED', '2024-01-01', NULL, 'CC BY 4.0',
              ${'two lines:\nquote \' and backslash \\ and é ü 中'})`);
    await tx.execute(sql`INSERT INTO provinces (code, name) VALUES ('PV26', 'Utrecht'), ('PV27', 'Noord-Holland')`);
    await tx.execute(sql`
      INSERT INTO municipalities (code, name, province_code, begin_date, end_date)
      VALUES ('GM0344', 'Utrecht', 'PV26', NULL, NULL), ('GM0620', 'Vianen', 'PV26', '1800-01-01', '2018-12-31')`);
    await tx.execute(sql`
      INSERT INTO municipality_population
        (municipality_code, reference_date, source_id, population, households, average_household_size, figures)
      VALUES ('GM0344', '2024-01-01', 'cbs-test', 374238, NULL, 1.9000000000000001,
              ${JSON.stringify({ nested: { list: [1, 2.5, null, 'x'] }, big: 12345678901234567890 })}::jsonb)`);
    await tx.execute(sql`
      INSERT INTO boundaries (kind, code, year, name, source_id, geometry)
      VALUES ('municipality', 'GM0344', 2023, 'Utrecht', 'cbs-test',
              '{"type":"Polygon","coordinates":[[[5.1,52.1],[5.2,52.1],[5.2,52.0],[5.1,52.1]]]}')`);
    await tx.execute(sql`
      INSERT INTO organisations (id, kind, name, code, province_code, created_at)
      VALUES ('6f1c3f7e-0b7a-4b59-9d4c-2a4f1c9b0001', 'province', 'Provincie Utrecht', 'PV26', 'PV26',
              '2026-11-28 10:00:00.123456+01')`);
    await tx.execute(sql`
      INSERT INTO people (organisation_id, display_name, email, password_hash)
      VALUES ('6f1c3f7e-0b7a-4b59-9d4c-2a4f1c9b0001', 'Anna de Vries', 'anna@example.org', NULL)`);
  });
  // An update and a delete, so the audit trail holds every kind of entry.
  await inTransaction(database.db, 'person:test', async (tx) => {
    await tx.execute(sql`UPDATE provinces SET name = 'Provincie Utrecht' WHERE code = 'PV26'`);
    await tx.execute(sql`DELETE FROM provinces WHERE code = 'PV27'`);
  });
}

function writeGzip(file: string, lines: string[]): string {
  fs.writeFileSync(file, zlib.gzipSync(`${lines.join('\n')}\n`));
  return file;
}

function readGzip(file: string): string[] {
  return zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').trimEnd().split('\n');
}

describe('[BACKUP] backup and restore', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let folder: string;
  let backupFile: string;
  let sourceHashes: TableHash[];

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'regietafel-backup-'));
    await fillSource(source);
    sourceHashes = await tableHashes(source);
    backupFile = path.join(folder, 'backup.jsonl.gz');
  });
  afterAll(async () => {
    await Promise.all([source?.dispose(), target?.dispose()]);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('writes a header, every table parents first, and an end line', async () => {
    const result = await createBackup({ database: source, file: backupFile });
    const lines = readGzip(backupFile).map((line) => JSON.parse(line) as Record<string, unknown>);
    const header = lines[0] ?? {};
    expect(header).toMatchObject({ format: 'regietafel-backup', formatVersion: 1, database: source.kind });
    expect((header.migrations as { id: string }[]).map((m) => m.id)[0]).toBe('0001_foundation');
    const tableNames = lines.filter((line) => typeof line.table === 'string').map((line) => line.table);
    expect(tableNames).toContain('audit_log');
    expect(tableNames.indexOf('provinces')).toBeLessThan(tableNames.indexOf('municipalities'));
    expect(tableNames.indexOf('organisations')).toBeLessThan(tableNames.indexOf('people'));
    expect(lines.at(-1)).toEqual({ end: true, tables: tableNames.length, rows: totalRows(sourceHashes) });
    expect(result.totalRows).toBe(totalRows(sourceHashes));
    expect(sourceHashes.find((hash) => hash.table === 'audit_log')?.rows).toBeGreaterThanOrEqual(10);
  });

  it('refuses to overwrite an existing file', async () => {
    await expect(createBackup({ database: source, file: backupFile })).rejects.toThrow(/already exists/);
  });

  it('refuses a database that is not empty, and changes nothing there', async () => {
    await expect(restoreBackup({ database: source, file: backupFile })).rejects.toThrow(
      /not empty \(rows in .*audit_log/,
    );
    expect(await tableHashes(source)).toEqual(sourceHashes);
  });

  it('refuses a backup made with other migrations', async () => {
    const [header, ...rest] = readGzip(backupFile);
    const parsed = JSON.parse(header ?? '{}') as { migrations: unknown[] };
    parsed.migrations = parsed.migrations.slice(0, 1);
    const file = writeGzip(path.join(folder, 'older.jsonl.gz'), [JSON.stringify(parsed), ...rest]);
    await expect(restoreBackup({ database: target, file })).rejects.toThrow(
      /backup was made with migrations 0001_foundation \(.*this database has 0001_foundation, 0002/,
    );
  });

  const badFiles: { name: string; make: (file: string) => void; error: RegExp }[] = [
    { name: 'a missing file', make: () => undefined, error: /does not exist/ },
    { name: 'a file that is not gzip', make: (f) => fs.writeFileSync(f, 'id,name\n1,x\n'), error: /not gzip/ },
    { name: 'an empty file', make: (f) => writeGzip(f, []), error: /line 1: not valid JSON|empty/ },
    {
      name: 'gzip JSON of something else',
      make: (f) => writeGzip(f, ['{"hello":"world"}']),
      error: /line 1: this is not a Regietafel backup/,
    },
    {
      name: 'another format version',
      make: (f) => writeGzip(f, ['{"format":"regietafel-backup","formatVersion":2}']),
      error: /line 1, field "formatVersion": the backup has format version 2/,
    },
    {
      name: 'a file cut off before its end line',
      make: (f) => writeGzip(f, readGzip(backupFile).slice(0, -1)),
      error: /without its end line/,
    },
    {
      name: 'a compressed stream cut off half way',
      make: (f) => fs.writeFileSync(f, fs.readFileSync(backupFile).subarray(0, 200)),
      error: /cut off/,
    },
    {
      name: 'a row with a value missing',
      make: (f) => {
        const lines = readGzip(backupFile);
        const at = lines.findIndex((line) => line.startsWith('{"table":"provinces"')) + 1;
        lines[at] = JSON.stringify((JSON.parse(lines[at] ?? '[]') as unknown[]).slice(1));
        writeGzip(f, lines);
      },
      error: /line \d+: the row has 1 values; table provinces has 2 columns/,
    },
    {
      name: 'a row value that is a number',
      make: (f) => {
        const lines = readGzip(backupFile);
        const at = lines.findIndex((line) => line.startsWith('{"table":"provinces"')) + 1;
        lines[at] = '["PV26", 7]';
        writeGzip(f, lines);
      },
      error: /line \d+, field "name": expected text or null/,
    },
  ];

  it.each(badFiles)('refuses $name with the file and line, and writes nothing', async ({ make, error }) => {
    const file = path.join(folder, 'bad.jsonl.gz');
    fs.rmSync(file, { force: true });
    make(file);
    await expect(restoreBackup({ database: target, file })).rejects.toThrow(error);
    expect(totalRows(await tableHashes(target))).toBe(0);
  });

  it('restores identical data in every table, audit trail included, without new audit entries', async () => {
    const result = await restoreBackup({ database: target, file: backupFile });
    expect(result.totalRows).toBe(totalRows(sourceHashes));
    expect(await tableHashes(target)).toEqual(sourceHashes);
  });

  it('writes the same backup again from the restored database (apart from the time)', async () => {
    const again = path.join(folder, 'again.jsonl.gz');
    await createBackup({ database: target, file: again });
    expect(readGzip(again).slice(1)).toEqual(readGzip(backupFile).slice(1));
  });

  it('continues the sequences after the restored rows', async () => {
    const [before] = await target.query<{ id: number }>('SELECT max(id)::int AS id FROM audit_log');
    await inTransaction(target.db, 'cli:test-backup', async (tx) => {
      await tx.execute(sql`INSERT INTO provinces (code, name) VALUES ('PV20', 'Groningen')`);
    });
    const [after] = await target.query<{ id: number; record_id: string }>(
      'SELECT id::int AS id, record_id FROM audit_log ORDER BY id DESC LIMIT 1',
    );
    expect(after).toEqual({ id: (before?.id ?? 0) + 1, record_id: 'PV20' });
  });
});
