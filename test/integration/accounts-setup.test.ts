// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { buildTestApp } from '../app.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import { prepareFirstRun } from '../../src/modules/accounts/prepare-first-run.ts';
import { hashToken } from '../../src/modules/accounts/secrets.ts';

describe('[ACCOUNTS] first-run setup', () => {
  let database: TestDatabase;
  let app: ApiApp;
  const lines: string[] = [];

  const tokenOf = (url: string) => new URL(url).hash.replace(/^#token=/, '');
  const setup = (setupToken: string, email = 'coordinator@provincie-utrecht.example') =>
    app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { setupToken, email, displayName: 'Eerste Coördinator', password: 'een sterk wachtwoord', provinceCode: 'PV26' },
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp({ database });
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it('is needed on an empty database', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/setup' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ needed: true });
  });

  it('prints a first-run URL with a random token, stored hashed; a new start replaces it', async () => {
    const first = await prepareFirstRun({ database, log: (line) => lines.push(line), baseUrl: 'http://127.0.0.1:3000/' });
    expect(first.needed).toBe(true);
    if (!first.needed) {
      return;
    }
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/eerste-gebruik#token=[A-Za-z0-9_-]{40,}$/);
    expect(lines.join('\n')).toContain(first.url);
    const stored = await database.query<{ token_hash: string }>('SELECT token_hash FROM setup_tokens');
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).toBe(hashToken(tokenOf(first.url)));

    const second = await prepareFirstRun({ database, log: () => undefined, baseUrl: 'http://127.0.0.1:3000' });
    if (!second.needed) {
      throw new Error('setup should still be needed');
    }
    const replaced = await setup(tokenOf(first.url));
    expect(replaced.statusCode).toBe(400);
    expect(replaced.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.setupToken' });

    const wrong = await setup('not-the-token');
    expect(wrong.statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needed: true });

    const weak = await app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: {
        setupToken: tokenOf(second.url),
        email: 'x@example.test',
        displayName: 'X',
        password: 'kort',
        provinceCode: 'PV26',
      },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().field).toBe('body.password');

    const done = await setup(tokenOf(second.url));
    expect(done.statusCode).toBe(201);
    expect(done.cookies.find((c) => c.name === 'regietafel_session')?.httpOnly).toBe(true);
    expect(done.json().person).toMatchObject({
      email: 'coordinator@provincie-utrecht.example',
      roles: [{ role: 'province_coordinator', scopes: ['PV26'] }],
      provinces: ['PV26'],
      organisation: { name: 'Provincie Utrecht', kind: 'province' },
    });
  });

  it('refuses a second setup, also with the used token, and prints nothing at the next start', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needed: false });
    const again = await setup('any-token', 'second@example.test');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CONFLICT');
    const logged: string[] = [];
    expect(await prepareFirstRun({ database, log: (line) => logged.push(line) })).toEqual({ needed: false });
    expect(logged).toEqual([]);
    const coordinators = await database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM role_grants WHERE role = 'province_coordinator'",
    );
    expect(coordinators).toEqual([{ n: 1 }]);
  });

  it('records the setup in the audit trail as system:first-run, without personal values', async () => {
    const rows = await database.query<{ actor: string; table_name: string; changes: Record<string, unknown> }>(
      "SELECT actor, table_name, changes FROM audit_log WHERE table_name IN ('organisations', 'people', 'role_grants')",
    );
    expect(rows.map((row) => `${row.actor} ${row.table_name}`).sort()).toEqual([
      'system:first-run organisations',
      'system:first-run people',
      'system:first-run role_grants',
    ]);
    const people = rows.find((row) => row.table_name === 'people');
    expect(people?.changes).toMatchObject({ email: { redacted: true }, display_name: { redacted: true } });
    expect(JSON.stringify(rows)).not.toContain('provincie-utrecht.example');
  });
});
