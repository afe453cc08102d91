// SPDX-License-Identifier: EUPL-1.2
/**
 * The command line as a user runs it: real child processes of bin/regietafel.js on a fresh
 * embedded database in a temporary REGIETAFEL_DATA_DIR (first `regietafel import`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/env.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regietafel-cli-'));
const env: NodeJS.ProcessEnv = { ...process.env, REGIETAFEL_DATA_DIR: path.join(dir, 'pgdata'), LOG_LEVEL: 'silent' };
// The embedded database in the temporary folder, also when the test run has a server configured.
delete env.DATABASE_URL;

function regietafel(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'regietafel.js'), ...args], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('[TAAKSTELLING] regietafel taakstelling (child processes)', () => {
  beforeAll(() => {
    const imported = regietafel('import');
    expect(imported.status, imported.stderr).toBe(0);
  }, 300_000);
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints the province rows of the national distribution as RFC 4180 CSV, ordered by CBS code', () => {
    const run = regietafel('taakstelling', '--period', '2024-I', '--province', 'PV26', '--format', 'csv');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.endsWith('\r\n')).toBe(true);
    const lines = run.stdout.split('\r\n').slice(0, -1);
    expect(lines[0]).toBe('code,name,population,task,computed_task,official_task,task_source,population_reference_date,formula');
    expect(lines).toHaveLength(27);
    const codes = lines.slice(1).map((line) => line.slice(0, 6));
    expect(codes).toEqual([...codes].sort());
    expect(lines).toContain('GM0344,Utrecht,374238,391,391,,computed,2024-01-01,"18,750 × 374,238 / 17,942,942 = 391.07 → 391"');
  }, 120_000);

  it('prints all 342 municipalities in UTF-8, summing to the national task', () => {
    const run = regietafel('taakstelling', '--period', '2024-I');
    expect(run.status, run.stderr).toBe(0);
    const [header, ...rows] = parse(run.stdout, { record_delimiter: '\r\n' }) as string[][];
    expect(header?.slice(0, 4)).toEqual(['code', 'name', 'population', 'task']);
    expect(rows).toHaveLength(342);
    expect(rows.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(18750);
    expect(rows.find((row) => row[0] === 'GM1900')?.[1]).toBe('Súdwest-Fryslân');
    // A name with commas is quoted (RFC 4180), so it stays one field.
    expect(rows.find((row) => row[0] === 'GM0820')?.[1]).toBe('Nuenen, Gerwen en Nederwetten');
    expect(run.stdout).toContain('\r\nGM0820,"Nuenen, Gerwen en Nederwetten",');
  }, 120_000);

  it('says why it cannot compute, with a clear message and exit code', () => {
    const early = regietafel('taakstelling', '--period', '2022-I');
    expect(early.status).toBe(1);
    expect(early.stderr).toContain('No CBS population figure on or before the start of 2022-I');
    const bad = regietafel('taakstelling', '--period', '2024-III');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"2024-III" is not a period');
  }, 120_000);

  it('imports realisations: refuses a broken file with file:line: field, then imports once', () => {
    fs.writeFileSync(path.join(dir, 'broken.csv'), 'bronreferentie,gemeentecode,datum_huisvesting,personen\nA-1,GM0589,2024-02-01,2\nA-2,GM0589,2024-02-01,-1\nA-3,GM0620,2024-02-01,1\n');
    const broken = regietafel('taakstelling', 'import-realisations', '--file', 'broken.csv');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('broken.csv:3: personen: -1 is not between 1 and 10,000');
    expect(broken.stderr).toContain('broken.csv:4: gemeentecode: GM0620 Vianen merged into GM1961');
    fs.writeFileSync(path.join(dir, 'good.csv'), 'bronreferentie,gemeentecode,datum_huisvesting,personen\nA-1,GM0589,2024-02-01,2\nA-2,GM0589,2024-03-01,3\n');
    const dry = regietafel('taakstelling', 'import-realisations', '--file', 'good.csv', '--dry-run');
    expect(dry.stdout).toContain('would insert 2 (5 persons), 0 already imported');
    expect(regietafel('taakstelling', 'import-realisations', '--file', 'good.csv').stdout).toContain('inserted 2 (5 persons)');
    expect(regietafel('taakstelling', 'import-realisations', '--file', 'good.csv').stdout).toContain('inserted 0 (0 persons), 2 already imported');
    const balances = regietafel('taakstelling', 'balances', '--period', '2024-I', '--province', 'PV26', '--as-of', '2024-06-30');
    expect(balances.status, balances.stderr).toBe(0);
    expect(balances.stdout.split('\r\n').find((line) => line.startsWith('GM0589,'))).toContain(',11,computed,,11,false,');
  }, 300_000);
});
