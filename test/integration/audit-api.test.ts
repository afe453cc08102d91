// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { buildTestApp } from '../app.ts';
import { buildMunicipality, buildPerson, factoryActor, signIn, type BuiltPerson, type SignedIn } from '../factories.ts';
import type { ApiApp } from '../../src/server/api-app.ts';

type Entry = {
  id: number;
  actor: string;
  action: string;
  tableName: string;
  recordId: string;
  changes: Record<string, unknown>;
};

describe('[AUDIT] audit trail of account writes, and its API', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let coordinator: BuiltPerson;
  let asCoordinator: SignedIn;
  let createdPersonId: string;
  let tokenId: string;

  const audit = async (query: string, session: SignedIn = asCoordinator) =>
    app.inject({ method: 'GET', url: `/api/v1/audit${query}`, headers: { cookie: session.cookie } });
  const countRows = async (where: string, params: unknown[]) =>
    (await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE ${where}`, params))[0]?.n;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp({ database });
    await buildMunicipality({ database, code: 'GM0344', name: 'Utrecht' });
    coordinator = await buildPerson({ database, roles: [{ role: 'province_coordinator', scopes: ['PV26'] }] });
    asCoordinator = await signIn(app, coordinator.email, coordinator.password);
    const organisation = await app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: asCoordinator.headers,
      payload: { kind: 'municipality', name: 'Gemeente Utrecht', code: 'GM0344' },
    });
    const person = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: asCoordinator.headers,
      payload: {
        organisationId: organisation.json().id,
        displayName: 'Jan Jansen',
        email: 'jan.jansen@utrecht.example',
        roles: [{ role: 'municipal_officer', scopes: ['GM0344'] }],
      },
    });
    createdPersonId = person.json().person.id;
    const token = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: asCoordinator.headers,
      payload: { name: 'rapportage' },
    });
    tokenId = token.json().id;
    await app.inject({ method: 'POST', url: `/api/v1/people/${createdPersonId}/deactivate`, headers: asCoordinator.headers });
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it('records every write with the right actor', async () => {
    const me = `person:${coordinator.id}`;
    // Factory: organisation, person, one grant.
    expect(await countRows("actor = $1 AND table_name IN ('organisations', 'people', 'role_grants')", [factoryActor])).toBe(3);
    // Sign-in: one session row, inserted as the person signing in.
    expect(await countRows("actor = $1 AND table_name = 'sessions' AND action = 'insert'", [me])).toBe(1);
    // The coordinator: organisation, person, grant, set-password token, API token, deactivation.
    expect(await countRows("actor = $1 AND table_name = 'organisations'", [me])).toBe(1);
    expect(await countRows("actor = $1 AND table_name = 'people' AND record_id = $2", [me, createdPersonId])).toBe(2);
    expect(await countRows("actor = $1 AND table_name = 'role_grants'", [me])).toBe(1);
    expect(await countRows("actor = $1 AND table_name = 'password_tokens'", [me])).toBe(2);
    expect(await countRows("actor = $1 AND table_name = 'api_tokens' AND record_id = $2", [me, tokenId])).toBe(1);
    expect(await countRows("actor = 'system:unknown'", [])).toBe(0);
  });

  it('keeps personal values and secrets out of the trail', async () => {
    const rows = await database.query<{ changes: Record<string, unknown> }>(
      "SELECT changes FROM audit_log WHERE table_name = 'people' AND record_id = $1 AND action = 'insert'",
      [createdPersonId],
    );
    expect(rows[0]?.changes).toMatchObject({
      email: { redacted: true },
      display_name: { redacted: true },
      organisation_id: { after: expect.any(String) },
    });
    const all = JSON.stringify(await database.query('SELECT changes FROM audit_log'));
    for (const secret of ['jan.jansen@utrecht.example', 'Jan Jansen', coordinator.email, '$argon2id$']) {
      expect(all).not.toContain(secret);
    }
    const tokens = await database.query<{ token_hash: string }>('SELECT token_hash FROM api_tokens');
    expect(all).not.toContain(tokens[0]?.token_hash);
  });

  it('lists entries for a coordinator, newest first, with filters', async () => {
    const response = await audit(`?table=people&recordId=${createdPersonId}`);
    expect(response.statusCode).toBe(200);
    const body = response.json<{ items: Entry[]; nextBefore: number | null }>();
    expect(body.items.map((item) => item.action)).toEqual(['update', 'insert']);
    expect(body.items[0]).toMatchObject({
      actor: `person:${coordinator.id}`,
      tableName: 'people',
      recordId: createdPersonId,
      changes: { active: { before: true, after: false } },
    });
    expect(body.nextBefore).toBeNull();
    const byActor = (await audit(`?actor=${encodeURIComponent(factoryActor)}&limit=200`)).json<{ items: Entry[] }>();
    expect(byActor.items.length).toBeGreaterThanOrEqual(3);
    expect(new Set(byActor.items.map((item) => item.actor))).toEqual(new Set([factoryActor]));
    const future = (await audit('?from=2999-01-01')).json<{ items: Entry[] }>();
    expect(future.items).toEqual([]);
    const past = (await audit('?to=2000-01-01T00:00:00Z')).json<{ items: Entry[] }>();
    expect(past.items).toEqual([]);
  });

  it('pages with a keyset: every entry exactly once', async () => {
    const all = (await audit('?limit=200')).json<{ items: Entry[] }>().items;
    const seen: number[] = [];
    let before: number | null = null;
    do {
      const query: string = `?limit=3${before === null ? '' : `&before=${before}`}`;
      const page = (await audit(query)).json<{ items: Entry[]; nextBefore: number | null }>();
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((item) => item.id));
      before = page.nextBefore;
    } while (before !== null);
    expect(seen).toEqual(all.map((item) => item.id));
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });

  it('validates the filters', async () => {
    for (const [query, field] of [
      ['?limit=201', 'querystring.limit'],
      ['?limit=0', 'querystring.limit'],
      ['?before=abc', 'querystring.before'],
      ['?from=gisteren', 'querystring.from'],
      ["?table=people;drop", 'querystring.table'],
    ] as const) {
      const response = await audit(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().field, query).toBe(field);
    }
  });

  it('is for province coordinators only', async () => {
    const officer = await buildPerson({ database, roles: [{ role: 'municipal_officer', scopes: ['GM0344'] }] });
    const asOfficer = await signIn(app, officer.email, officer.password);
    expect((await audit('', asOfficer)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(401);
  });

  it('refuses UPDATE and DELETE on audit_log', async () => {
    const before = await countRows('true', []);
    await expect(database.query("UPDATE audit_log SET actor = 'person:someone-else'")).rejects.toThrow(/append-only/);
    await expect(database.query('DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)')).rejects.toThrow(
      /append-only/,
    );
    expect(await countRows('true', [])).toBe(before);
    expect(await countRows("actor = 'person:someone-else'", [])).toBe(0);
  });
});
