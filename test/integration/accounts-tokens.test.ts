// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { buildTestApp } from '../app.ts';
import { buildPerson, signIn, type BuiltPerson, type SignedIn } from '../factories.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import { hashToken } from '../../src/modules/accounts/secrets.ts';

describe('[ACCOUNTS] API tokens', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let coordinator: BuiltPerson;
  let session: SignedIn;

  const createToken = async (name: string, headers: Record<string, string> = session.headers) =>
    app.inject({ method: 'POST', url: '/api/v1/tokens', headers, payload: { name } });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp({ database });
    coordinator = await buildPerson({ database, roles: [{ role: 'province_coordinator', scopes: ['PV26'] }] });
    session = await signIn(app, coordinator.email, coordinator.password);
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it('creates a token that is shown once and stored only as a hash', async () => {
    const response = await createToken('CBS import');
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ name: 'CBS import', token: expect.stringMatching(/^rt_[A-Za-z0-9_-]{40,}$/) });
    const rows = await database.query<{ token_hash: string }>('SELECT token_hash FROM api_tokens WHERE id = $1', [
      created.id,
    ]);
    expect(rows).toEqual([{ token_hash: hashToken(created.token) }]);

    const list = await app.inject({ method: 'GET', url: '/api/v1/tokens', headers: session.headers });
    expect(list.statusCode).toBe(200);
    const item = list.json().items.find((t: { id: string }) => t.id === created.id);
    expect(item).toEqual({ id: created.id, name: 'CBS import', createdAt: created.createdAt });
    expect(JSON.stringify(list.json())).not.toContain(created.token);
  });

  it('authenticates as the token person with that person’s roles, without CSRF', async () => {
    const { token } = (await createToken('writer')).json();
    const people = await app.inject({ method: 'GET', url: '/api/v1/people', headers: bearer(token) });
    expect(people.statusCode).toBe(200);
    expect(people.json().items.map((p: { id: string }) => p.id)).toContain(coordinator.id);
    const write = await app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: bearer(token),
      payload: { kind: 'partner', name: `Werkgeversservicepunt ${Date.now()}` },
    });
    expect(write.statusCode).toBe(201);
    const audit = await database.query<{ actor: string }>(
      "SELECT actor FROM audit_log WHERE table_name = 'organisations' AND record_id = $1",
      [write.json().id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor).toMatch(/^token:/);
  });

  it('does not let a token manage tokens (403)', async () => {
    const { token } = (await createToken('limited')).json();
    const response = await createToken('minted by a token', bearer(token));
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('FORBIDDEN');
  });

  it('revokes a token: it stops working at once', async () => {
    const created = (await createToken('to revoke')).json();
    const revoke = await app.inject({ method: 'DELETE', url: `/api/v1/tokens/${created.id}`, headers: session.headers });
    expect(revoke.statusCode).toBe(204);
    const used = await app.inject({ method: 'GET', url: '/api/v1/people', headers: bearer(created.token) });
    expect(used.statusCode).toBe(401);
    expect(used.json()).toMatchObject({ code: 'UNAUTHENTICATED', field: 'headers.authorization' });
    const again = await app.inject({ method: 'DELETE', url: `/api/v1/tokens/${created.id}`, headers: session.headers });
    expect(again.statusCode).toBe(404);
  });

  it("cannot revoke someone else's token (404)", async () => {
    const created = (await createToken('mine')).json();
    const other = await buildPerson({ database, roles: [{ role: 'partner', scopes: [] }] });
    const otherSession = await signIn(app, other.email, other.password);
    const revoke = await app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${created.id}`,
      headers: otherSession.headers,
    });
    expect(revoke.statusCode).toBe(404);
    const stillWorks = await app.inject({ method: 'GET', url: '/api/v1/people', headers: bearer(created.token) });
    expect(stillWorks.statusCode).toBe(200);
  });

  it('refuses unknown and malformed bearer tokens with 401', async () => {
    for (const authorization of ['Bearer rt_unknown', 'Bearer', 'Basic dXNlcjpwYXNz', `Bearer ${'x'.repeat(5000)}`]) {
      const response = await app.inject({ method: 'GET', url: '/api/v1/health', headers: { authorization } });
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('stops the tokens of a deactivated person', async () => {
    const person = await buildPerson({ database, roles: [{ role: 'partner', scopes: [] }] });
    const own = await signIn(app, person.email, person.password);
    const { token } = (await createToken('partner feed', own.headers)).json();
    expect((await app.inject({ method: 'GET', url: '/api/v1/people', headers: bearer(token) })).statusCode).toBe(200);
    await database.query('UPDATE people SET active = false, deactivated_at = now() WHERE id = $1', [person.id]);
    expect((await app.inject({ method: 'GET', url: '/api/v1/people', headers: bearer(token) })).statusCode).toBe(401);
  });

  it('asks anonymous callers to sign in (401)', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/tokens' })).statusCode).toBe(401);
    const create = await app.inject({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'x' } });
    expect(create.statusCode).toBe(401);
  });
});
