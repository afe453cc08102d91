// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel import` as a user runs it: a child process on a fresh embedded database. Covers bad
 * files (exit 2, every error as file:line: field: message, nothing written), the lock of a running
 * process (clear message, non-zero exit), and kill -9 during the write: afterwards the data is
 * there whole or not at all, and a new import completes.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/env.ts';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { badRowEdits, copyDataWithEdits, expectedBadRowIssues } from '../fixtures/regions/bad-copy.ts';

type CliRun = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** Runs `regietafel import ...`; `killOn` SIGKILLs it when a stderr line matches. */
function runImport(dataDir: string, args: string[] = [], killOn?: RegExp): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'regietafel.js'), 'import', ...args], {
      cwd: projectRoot,
      // Always the embedded database in the given folder, even when the suite runs against a server.
      env: { ...process.env, REGIETAFEL_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (killOn?.test(stderr)) {
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const regionTables = ['sources', 'provinces', 'municipalities', 'municipality_years', 'municipality_population', 'boundaries', 'area_figures'];

async function regionCounts(database: Database): Promise<number[]> {
  const counts: number[] = [];
  for (const table of regionTables) {
    counts.push((await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n ?? -1);
  }
  return counts;
}

const fullCounts = [6, 12, 413, 3661, 684, 917, 2435];

describe('[REGIONS] regietafel import (CLI)', () => {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'regietafel-cli-'));
  afterAll(() => {
    fs.rmSync(temp, { recursive: true, force: true });
  });

  it('refuses bad files with exit code 2, listing every error, and writes nothing', async () => {
    const dataDir = path.join(temp, 'bad-db');
    const filesDir = copyDataWithEdits(badRowEdits);
    try {
      const run = await runImport(dataDir, ['--dir', filesDir]);
      expect(run.code).toBe(2);
      for (const { file, line, field } of expectedBadRowIssues) {
        expect(run.stderr).toContain(`${file}:${line}: ${field}: `);
      }
      expect(run.stderr).toContain('population/gemeenten_2024_cbs_kwb_statline.csv:2: aantal_inwoners: "abc" is not a number');
      expect(run.stderr).toMatch(/regietafel: \d+ error\(s\) in the import files; nothing was imported/);
      // The files are checked before the database is opened: no database was even created.
      expect(fs.existsSync(dataDir)).toBe(false);
    } finally {
      fs.rmSync(filesDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('survives kill -9 during the import: all or nothing, then a full import', async () => {
    const dataDir = path.join(temp, 'killed-db');
    const killed = await runImport(dataDir, [], /^import: \S+ \d+\/\d+ rows$/m);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stdout).not.toContain('Imported');

    const database = await openDatabase({ dataDir, purpose: 'test' });
    try {
      const counts = await regionCounts(database);
      const nothing = counts.every((n) => n === 0);
      expect(nothing || JSON.stringify(counts) === JSON.stringify(fullCounts)).toBe(true);

      // While this process holds the database, the CLI says so and exits non-zero.
      const locked = await runImport(dataDir);
      expect(locked.code).not.toBe(0);
      expect(locked.stderr).toContain(`is in use by process ${process.pid}`);
    } finally {
      await database.close();
    }

    const complete = await runImport(dataDir);
    expect(complete.code).toBe(0);
    expect(complete.stdout).toMatch(/^total\s+\d+\s+0\s+\d+\s+0$/m);
    const reopened = await openDatabase({ dataDir, purpose: 'test' });
    try {
      expect(await regionCounts(reopened)).toEqual(fullCounts);
      const [active] = await reopened.query<{ n: number }>('SELECT count(*)::int AS n FROM municipality_years WHERE year = 2025 AND active');
      expect(active?.n).toBe(342);
    } finally {
      await reopened.close();
    }
  }, 300_000);
});
