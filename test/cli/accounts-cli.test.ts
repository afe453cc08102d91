// SPDX-License-Identifier: EUPL-1.2
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { buildTestApp } from '../app.ts';
import { buildMunicipality, buildOrganisation, signIn } from '../factories.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import { projectRoot } from '../../src/config/env.ts';
import { openDatabase } from '../../src/db/client.ts';
import { addUser } from '../../src/modules/accounts/add-user.ts';
import { deactivatePerson } from '../../src/modules/accounts/deactivate-person.ts';
import { findPersonByEmail } from '../../src/modules/accounts/find-person-by-email.ts';
import { resetPassword } from '../../src/modules/accounts/reset-password.ts';
import { setPassword } from '../../src/modules/accounts/set-password.ts';
import { isAppError } from '../../src/shared/errors.ts';

const run = promisify(execFile);

describe('[ACCOUNTS] regietafel user (command line)', () => {
  let database: TestDatabase;
  let app: ApiApp;

  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (!isAppError(error)) {
      throw new Error(`expected an AppError, got ${String(error)}`);
    }
    return { code: error.code, field: error.field };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp({ database });
    await buildMunicipality({ database, code: 'GM0344', name: 'Utrecht' });
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it('adds the first province coordinator with a generated password shown once', async () => {
    const added = await addUser({
      database,
      role: 'province_coordinator',
      province: 'PV26',
      email: 'Coordinator@Provincie.example',
      name: 'Eerste Coördinator',
    });
    expect(added.organisationCreated).toBe(true);
    expect(added.organisation).toMatchObject({ name: 'Provincie Utrecht', kind: 'province', code: 'PV26' });
    expect(added.generatedPassword?.length).toBeGreaterThanOrEqual(16);
    const session = await signIn(app, 'coordinator@provincie.example', added.generatedPassword ?? '');
    expect(session.session.person.provinces).toEqual(['PV26']);
    expect((await app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needed: false });
    const hashes = await database.query<{ password_hash: string }>('SELECT password_hash FROM people WHERE id = $1', [
      added.personId,
    ]);
    expect(hashes[0]?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('reuses or creates the organisation that fits the role', async () => {
    const officer = await addUser({
      database,
      role: 'municipal_officer',
      municipalities: ['GM0344'],
      email: 'ambtenaar@utrecht.example',
      name: 'Ambtenaar',
      password: 'een wachtwoord van lengte',
    });
    expect(officer.generatedPassword).toBeUndefined();
    expect(officer.organisation).toMatchObject({ name: 'Gemeente Utrecht', kind: 'municipality', provinceCode: 'PV26' });
    const colleague = await addUser({
      database,
      role: 'municipal_officer',
      municipalities: ['GM0344'],
      email: 'collega@utrecht.example',
      name: 'Collega',
    });
    expect(colleague.organisation.id).toBe(officer.organisation.id);
    const partnerOrganisation = await buildOrganisation({ database, kind: 'partner', name: 'Taalhuis Utrecht' });
    const partner = await addUser({
      database,
      role: 'partner',
      organisation: 'Taalhuis Utrecht',
      email: 'vrijwilliger@taalhuis.example',
      name: 'Vrijwilliger',
    });
    expect(partner.organisation.id).toBe(partnerOrganisation.id);
    const coa = await addUser({
      database,
      role: 'coa_officer',
      locations: ['azc-amersfoort'],
      organisation: 'COA Midden-Nederland',
      province: 'PV26',
      email: 'medewerker@coa.example',
      name: 'COA medewerker',
    });
    expect(coa.organisation).toMatchObject({ kind: 'coa', provinceCode: 'PV26', code: null });
    expect(coa.organisationCreated).toBe(true);
  });

  it('names the option at fault', async () => {
    const base = { database, email: 'x@example.test', name: 'X' };
    expect(await refusal(addUser({ ...base, role: 'admin' }))).toEqual({ code: 'VALIDATION_FAILED', field: '--role' });
    expect(await refusal(addUser({ ...base, role: 'province_coordinator' }))).toEqual({
      code: 'VALIDATION_FAILED',
      field: '--province',
    });
    expect(await refusal(addUser({ ...base, role: 'province_coordinator', province: 'PV99' }))).toMatchObject({
      field: '--province',
    });
    expect(await refusal(addUser({ ...base, role: 'municipal_officer', municipalities: ['GM9999'] }))).toMatchObject({
      field: '--municipality',
    });
    expect(await refusal(addUser({ ...base, role: 'partner' }))).toMatchObject({ field: '--organisation' });
    expect(await refusal(addUser({ ...base, role: 'partner', organisation: 'Nieuw' }))).toMatchObject({
      field: '--province',
    });
    expect(await refusal(addUser({ ...base, email: 'geen-adres', role: 'partner', organisation: 'X' }))).toMatchObject({
      field: '--email',
    });
    expect(
      await refusal(addUser({ ...base, role: 'province_coordinator', province: 'PV26', password: 'kort' })),
    ).toMatchObject({ field: '--password-stdin' });
    expect(
      await refusal(
        addUser({ ...base, email: 'coordinator@provincie.example', role: 'province_coordinator', province: 'PV26' }),
      ),
    ).toEqual({ code: 'CONFLICT', field: '--email' });
  });

  it('resets a password and deactivates by e-mail address, as the commands do', async () => {
    const personId = await findPersonByEmail({ database, email: ' Ambtenaar@Utrecht.example' });
    const issued = await resetPassword({ database, caller: 'cli:user', personId });
    await setPassword({ database, token: issued.token, newPassword: 'nieuw wachtwoord via cli', actor: 'cli:user' });
    await signIn(app, 'ambtenaar@utrecht.example', 'nieuw wachtwoord via cli');
    await deactivatePerson({ database, caller: 'cli:user', personId });
    await expect(signIn(app, 'ambtenaar@utrecht.example', 'nieuw wachtwoord via cli')).rejects.toThrow(/401/);
    expect(await refusal(findPersonByEmail({ database, email: 'nobody@example.test' }))).toEqual({
      code: 'NOT_FOUND',
      field: '--email',
    });
    const actors = await database.query<{ actor: string }>(
      `SELECT DISTINCT actor FROM audit_log
        WHERE (table_name = 'people' AND record_id = $1)
           OR (table_name = 'password_tokens' AND changes -> 'person_id' ->> 'after' = $1)`,
      [personId],
    );
    expect(actors).toEqual([{ actor: 'cli:user' }]);
  });

  it('records its writes as cli:user', async () => {
    const actors = await database.query<{ actor: string; n: number }>(
      `SELECT actor, count(*)::int AS n FROM audit_log
        WHERE table_name IN ('people', 'role_grants') GROUP BY actor ORDER BY actor`,
    );
    // Five people (coordinator, officer, colleague, partner, COA officer), one grant each, plus
    // the officer's new password hash and deactivation.
    expect(actors).toEqual([{ actor: 'cli:user', n: 12 }]);
  });

  // One real process (PGlite on disk and its migrations make this the slow test of the file).
  it('runs as a real command: user add with --password-stdin', { timeout: 180_000 }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'regietafel-cli-'));
    const script = `
      import { register } from 'tsx/esm/api';
      register();
      const { Command } = await import('commander');
      const { registerUserCommand } = await import(${JSON.stringify(path.join(projectRoot, 'src/cli/commands/user.ts'))});
      const { runCli } = await import(${JSON.stringify(path.join(projectRoot, 'src/cli/run-cli.ts'))});
      const program = new Command().name('regietafel');
      registerUserCommand(program);
      // With -e there is no script path in argv; add one where commander expects it.
      await runCli(program, [process.argv[0], 'regietafel', ...process.argv.slice(1)]);`;
    const args = ['user', 'add', '--role', 'province_coordinator', '--province', 'PV26'];
    try {
      const child = run(
        process.execPath,
        ['--input-type=module', '-e', script, ...args, '--email', 'CLI@example.test', '--name', 'CLI', '--password-stdin'],
        { cwd: projectRoot, env: { ...process.env, REGIETAFEL_DATA_DIR: dataDir, DATABASE_URL: '' } },
      );
      child.child.stdin?.end('een wachtwoord via stdin\n');
      const { stdout } = await child;
      expect(stdout).toMatch(/Added cli@example\.test as province_coordinator of Provincie Utrecht \(new\)/);
      expect(stdout).not.toContain('Password');

      const written = await openDatabase({ dataDir, purpose: 'test' });
      try {
        const people = await written.query<{ email: string; active: boolean; password_hash: string }>(
          'SELECT email, active, password_hash FROM people',
        );
        expect(people).toEqual([
          { email: 'cli@example.test', active: true, password_hash: expect.stringMatching(/^\$argon2id\$/) },
        ]);
        const actors = await written.query<{ actor: string }>('SELECT DISTINCT actor FROM audit_log');
        expect(actors).toEqual([{ actor: 'cli:user' }]);
      } finally {
        await written.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
