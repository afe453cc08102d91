// SPDX-License-Identifier: EUPL-1.2
/**
 * The `regietafel backup` and `restore` commands as a person runs them: wired into the program,
 * with their options, clear messages and exit codes, and nothing created on bad input.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { registerBackupCommands } from '../../src/cli/commands/backup.ts';
import { reportCliError } from '../../src/cli/run-cli.ts';
import { projectRoot } from '../../src/config/env.ts';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'regietafel-backup-cli-'));

/** Runs the commands in this process (no tsx start-up) and returns the exit code and stderr. */
async function run(...args: string[]): Promise<{ code: number; stderr: string }> {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const program = new Command().name('regietafel').exitOverride().configureOutput({ writeErr: () => undefined });
  registerBackupCommands(program);
  let code = 0;
  try {
    await program.parseAsync(['node', 'regietafel', ...args]);
  } catch (error) {
    code = reportCliError(error);
  }
  const stderr = errors.mock.calls.map((call) => call.join(' ')).join('\n');
  return { code, stderr };
}

describe('[BACKUP] command line', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('is part of the regietafel program', () => {
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'regietafel.js'), '--help'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ {2}backup \[options\]/m);
    expect(result.stdout).toMatch(/^ {2}restore \[options\]/m);
  });

  it('requires --out and --in', async () => {
    expect((await run('backup')).code).not.toBe(0);
    expect((await run('restore')).code).not.toBe(0);
  });

  it('refuses a file that is not a backup with exit code 2, before creating any database', async () => {
    const notBackup = path.join(folder, 'people.csv');
    fs.writeFileSync(notBackup, 'name,email\n');
    const dataDir = path.join(folder, 'new-db');
    const result = await run('restore', '--in', notBackup, '--data-dir', dataDir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${notBackup}: cannot be read: it is not gzip-compressed`);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('refuses to back up a folder without a database, and writes no file', async () => {
    const out = path.join(folder, 'b.jsonl.gz');
    const result = await run('backup', '--out', out, '--data-dir', path.join(folder, 'none'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`There is no database in ${path.join(folder, 'none')}`);
    expect(fs.existsSync(out)).toBe(false);
  });
});
