// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel match-scores import` as a user runs it (child processes): the arguments and the file
 * are checked before any database is opened, with a message naming what is wrong. The import
 * itself (file:line messages, transaction, audit) is covered by test/integration/matching-scores.test.ts
 * and src/modules/matching/parse-score-matrix.test.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/env.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regietafel-cli-'));
const env: NodeJS.ProcessEnv = { ...process.env, REGIETAFEL_DATA_DIR: path.join(dir, 'pgdata'), LOG_LEVEL: 'silent' };
delete env.DATABASE_URL;

function regietafel(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'regietafel.js'), ...args], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stderr: result.stderr };
}

describe('[MATCHING] regietafel match-scores import (child processes)', () => {
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a proposal id that is not one', () => {
    const run = regietafel('match-scores', 'import', '--proposal', '42', '--file', 'model.csv', '--source', 'Model');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--proposal: "42" is not a proposal id');
  }, 120_000);

  it('names a file it cannot read, and a .json file that is not JSON', () => {
    const id = '6f1c2e0a-1b2c-4d3e-8f90-a1b2c3d4e5f6';
    const missing = regietafel('match-scores', 'import', '--proposal', id, '--file', 'nowhere.csv', '--source', 'Model');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('Cannot read nowhere.csv');
    fs.writeFileSync(path.join(dir, 'model.json'), '{"scores": [NaN]}');
    const bad = regietafel('match-scores', 'import', '--proposal', id, '--file', 'model.json', '--source', 'Model');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('model.json: not valid JSON');
  }, 120_000);
});
