// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel taakstelling` on an embedded database in a temporary REGIETAFEL_DATA_DIR, seeded
 * once from the shipped-data template of test/global-setup.ts (the same regional data as
 * `regietafel import`, which test/cli/regions-cli.test.ts runs as a child process).
 *
 * Two cases run bin/regietafel.js as a real child process (the wiring, stdout, stderr and exit
 * codes as a user sees them); the others run the same command in this process, which skips the
 * tsx start-up of a child (about 3 s each) and prints the very same bytes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { registerTaakstellingCommand } from '../../src/cli/commands/taakstelling.ts';
import { reportCliError } from '../../src/cli/run-cli.ts';
import { projectRoot } from '../../src/config/env.ts';
import { openDatabase } from '../../src/db/client.ts';
import { ensureShippedData } from '../../src/modules/regions/ensure-shipped-data.ts';
import { importNationalTasks } from '../../src/modules/taakstelling/import-national-tasks.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regietafel-cli-'));
const dataDir = path.join(dir, 'pgdata');
const env: NodeJS.ProcessEnv = { ...process.env, REGIETAFEL_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
// The embedded database in the temporary folder, also when the test run has a server configured.
delete env.DATABASE_URL;

type Run = { status: number | null; stdout: string; stderr: string };

/** bin/regietafel.js as a child process. */
function child(...args: string[]): Run {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'regietafel.js'), ...args], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same command in this process: output captured, errors turned into exit codes as runCli does. */
async function inProcess(...args: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => stdout.push(String(chunk)) > 0);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => stderr.push(String(chunk)) > 0);
  const errors = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
    stderr.push(`${format(...parts)}\n`);
  });
  const program = new Command().name('regietafel').exitOverride().configureOutput({ writeErr: (text) => stderr.push(text) });
  registerTaakstellingCommand(program);
  const cwd = process.cwd();
  const saved = { dataDir: process.env.REGIETAFEL_DATA_DIR, databaseUrl: process.env.DATABASE_URL };
  process.env.REGIETAFEL_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  process.chdir(dir);
  let status = 0;
  try {
    await program.parseAsync(['node', 'regietafel', ...args]);
  } catch (error) {
    status = reportCliError(error);
  } finally {
    process.chdir(cwd);
    restore('REGIETAFEL_DATA_DIR', saved.dataDir);
    restore('DATABASE_URL', saved.databaseUrl);
    out.mockRestore();
    err.mockRestore();
    errors.mockRestore();
  }
  return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) {
    delete process.env[name];
  } else {
    process.env[name] = value;
  }
}

const provinceHeader = 'code,name,population,task,computed_task,official_task,task_source,population_reference_date,formula';
const utrechtRow = 'GM0344,Utrecht,374238,391,391,,computed,2024-01-01,"18,750 × 374,238 / 17,942,942 = 391.07 → 391"';
/** The province CSV as the child process printed it (first case), compared with the in-process run. */
let childCsv = '';

describe('[TAAKSTELLING] regietafel taakstelling', () => {
  beforeAll(async () => {
    const templates = inject('testTemplates');
    if (templates.kind === 'pglite') {
      const seeded = await PGlite.create({ dataDir, loadDataDir: new Blob([fs.readFileSync(templates.shipped)]) });
      await seeded.close();
    } else {
      // The run has a server (DATABASE_URL), so the templates are server databases: load the
      // shipped data into the embedded folder here instead, as test/global-setup.ts does.
      const database = await openDatabase({ dataDir, purpose: 'test seed' });
      await ensureShippedData({ database, log: () => undefined, actor: 'system:test' });
      await importNationalTasks({ db: database.db, actor: 'system:test' });
      await database.close();
    }
  }, 300_000);
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints the province rows of the national distribution as RFC 4180 CSV, ordered by CBS code (child process)', () => {
    const run = child('taakstelling', '--period', '2024-I', '--province', 'PV26', '--format', 'csv');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.endsWith('\r\n')).toBe(true);
    const lines = run.stdout.split('\r\n').slice(0, -1);
    expect(lines[0]).toBe(provinceHeader);
    expect(lines).toHaveLength(27);
    const codes = lines.slice(1).map((line) => line.slice(0, 6));
    expect(codes).toEqual([...codes].sort());
    expect(lines).toContain(utrechtRow);
    childCsv = run.stdout;
  });

  it('prints the same bytes in this process as the child process does', async () => {
    const run = await inProcess('taakstelling', '--period', '2024-I', '--province', 'PV26', '--format', 'csv');
    expect(run.status, run.stderr).toBe(0);
    expect(childCsv).not.toBe('');
    expect(run.stdout).toBe(childCsv);
  });

  it('prints all 342 municipalities in UTF-8, summing to the national task', async () => {
    const run = await inProcess('taakstelling', '--period', '2024-I');
    expect(run.status, run.stderr).toBe(0);
    const [header, ...rows] = parse(run.stdout, { record_delimiter: '\r\n' }) as string[][];
    expect(header?.slice(0, 4)).toEqual(['code', 'name', 'population', 'task']);
    expect(rows).toHaveLength(342);
    expect(rows.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(18750);
    expect(rows.find((row) => row[0] === 'GM1900')?.[1]).toBe('Súdwest-Fryslân');
    // A name with commas is quoted (RFC 4180), so it stays one field.
    expect(rows.find((row) => row[0] === 'GM0820')?.[1]).toBe('Nuenen, Gerwen en Nederwetten');
    expect(run.stdout).toContain('\r\nGM0820,"Nuenen, Gerwen en Nederwetten",');
    // --province filters the national distribution: Utrecht has the same row with or without it.
    expect(rows.find((row) => row[0] === 'GM0344')?.join(',')).toBe(utrechtRow.replace(/"/g, ''));
  });

  it('says why it cannot compute, with a clear message and exit code', async () => {
    const early = await inProcess('taakstelling', '--period', '2022-I');
    expect(early.status).toBe(1);
    expect(early.stderr).toContain('No CBS population figure on or before the start of 2022-I');
    const bad = await inProcess('taakstelling', '--period', '2024-III');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"2024-III" is not a period');
  });

  it('refuses a broken realisations file with file:line: field and exit code 2, writing nothing (child process)', () => {
    fs.writeFileSync(path.join(dir, 'broken.csv'), 'bronreferentie,gemeentecode,datum_huisvesting,personen\nA-1,GM0589,2024-02-01,2\nA-2,GM0589,2024-02-01,-1\nA-3,GM0620,2024-02-01,1\n');
    const broken = child('taakstelling', 'import-realisations', '--file', 'broken.csv');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('broken.csv:3: personen: -1 is not between 1 and 10,000');
    expect(broken.stderr).toContain('broken.csv:4: gemeentecode: GM0620 Vianen merged into GM1961');
  });

  it('imports realisations once (idempotent by source reference) and shows them in the balances', async () => {
    fs.writeFileSync(path.join(dir, 'good.csv'), 'bronreferentie,gemeentecode,datum_huisvesting,personen\nA-1,GM0589,2024-02-01,2\nA-2,GM0589,2024-03-01,3\n');
    const dry = await inProcess('taakstelling', 'import-realisations', '--file', 'good.csv', '--dry-run');
    expect(dry.stdout).toContain('would insert 2 (5 persons), 0 already imported');
    // Nothing of the refused file (previous case) nor of the dry run was written.
    expect((await inProcess('taakstelling', 'import-realisations', '--file', 'good.csv')).stdout).toContain('inserted 2 (5 persons)');
    expect((await inProcess('taakstelling', 'import-realisations', '--file', 'good.csv')).stdout).toContain('inserted 0 (0 persons), 2 already imported');
    const balances = await inProcess('taakstelling', 'balances', '--period', '2024-I', '--province', 'PV26', '--as-of', '2024-06-30');
    expect(balances.status, balances.stderr).toBe(0);
    expect(balances.stdout.split('\r\n').find((line) => line.startsWith('GM0589,'))).toContain(',11,computed,,11,false,');
  });

  it('prints an imported official figure in place of the computed one, flagged in a later column', async () => {
    // A fictional one-row table (test data, not a published figure) for a period with population data.
    fs.writeFileSync(path.join(dir, 'official.csv'), 'gemeentecode,taakstelling\nGM0344,300\n');
    const imported = await inProcess(
      'taakstelling', 'import-official', '--period', '2023-I', '--file', 'official.csv',
      '--publisher', 'Test', '--title', 'TEST: fictional official table 2023-I',
    );
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('2023-I: 1 official figures, sum 300; national task 21200 — THE SUM DIFFERS (kept as published)');
    const run = await inProcess('taakstelling', '--period', '2023-I', '--province', 'PV26');
    expect(run.status, run.stderr).toBe(0);
    const [header, ...rows] = parse(run.stdout, { record_delimiter: '\r\n' }) as string[][];
    expect(header?.slice(0, 7)).toEqual(['code', 'name', 'population', 'task', 'computed_task', 'official_task', 'task_source']);
    const utrecht = rows.find((row) => row[0] === 'GM0344') as string[];
    expect(utrecht.slice(3, 7)).toEqual(['300', utrecht[4], '300', 'official']);
    expect(utrecht[4]).not.toBe('300');
    expect(rows.filter((row) => row[6] === 'official')).toHaveLength(1);
  });
});
