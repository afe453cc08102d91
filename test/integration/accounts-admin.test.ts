// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { buildTestApp } from '../app.ts';
import { buildMunicipality, buildOrganisation, buildPerson, signIn, type BuiltPerson, type SignedIn } from '../factories.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import type { OrganisationRow } from '../../src/modules/accounts/account.repository.ts';

describe('[ACCOUNTS] organisations, people, deactivation and password reset', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let coordinator: BuiltPerson;
  let asCoordinator: SignedIn;
  let officer: BuiltPerson;
  let asOfficer: SignedIn;
  let amersfoort: OrganisationRow;

  const post = (url: string, session: SignedIn, payload?: Record<string, unknown>) =>
    payload === undefined
      ? app.inject({ method: 'POST', url, headers: session.headers })
      : app.inject({ method: 'POST', url, headers: session.headers, payload });
  const get = (url: string, session: SignedIn) => app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp({ database });
    await buildMunicipality({ database, code: 'GM0344', name: 'Utrecht' });
    await buildMunicipality({ database, code: 'GM0307', name: 'Amersfoort' });
    await buildMunicipality({ database, code: 'GM0363', name: 'Amsterdam', provinceCode: 'PV27' });
    coordinator = await buildPerson({ database, roles: [{ role: 'province_coordinator', scopes: ['PV26'] }] });
    officer = await buildPerson({ database, roles: [{ role: 'municipal_officer', scopes: ['GM0344'] }] });
    amersfoort = await buildOrganisation({ database, kind: 'municipality', code: 'GM0307', name: 'Gemeente Amersfoort' });
    asCoordinator = await signIn(app, coordinator.email, coordinator.password);
    asOfficer = await signIn(app, officer.email, officer.password);
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it('lets a coordinator add organisations, placing a municipality in its own province', async () => {
    const created = await post('/api/v1/organisations', asCoordinator, {
      kind: 'municipality',
      name: 'Gemeente Utrecht',
      code: 'GM0344',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ kind: 'municipality', code: 'GM0344', provinceCode: 'PV26' });
    const duplicate = await post('/api/v1/organisations', asCoordinator, { kind: 'partner', name: 'Gemeente Utrecht' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().field).toBe('body.name');
    const elsewhere = await post('/api/v1/organisations', asCoordinator, {
      kind: 'municipality',
      name: 'Gemeente Amsterdam',
      code: 'GM0363',
    });
    expect(elsewhere.statusCode).toBe(403);
    const noCode = await post('/api/v1/organisations', asCoordinator, { kind: 'municipality', name: 'Zonder code' });
    expect(noCode.statusCode).toBe(400);
    expect(noCode.json().field).toBe('body.code');
    const list = await get('/api/v1/organisations', asCoordinator);
    expect(list.json().items.map((o: { name: string }) => o.name)).toEqual(
      expect.arrayContaining(['Gemeente Utrecht', 'Gemeente Amersfoort']),
    );
  });

  it('shows an officer only their own organisation and account, and refuses them management', async () => {
    const organisations = (await get('/api/v1/organisations', asOfficer)).json().items;
    expect(organisations.map((o: { id: string }) => o.id)).toEqual([officer.organisation.id]);
    const people = (await get('/api/v1/people', asOfficer)).json().items;
    expect(people.map((p: { id: string }) => p.id)).toEqual([officer.id]);
    const payload = {
      organisationId: officer.organisation.id,
      displayName: 'Collega',
      email: 'collega@example.test',
      roles: [{ role: 'municipal_officer', scopes: ['GM0344'] }],
    };
    expect((await post('/api/v1/people', asOfficer, payload)).statusCode).toBe(403);
    expect((await post('/api/v1/organisations', asOfficer, { kind: 'partner', name: 'X partner' })).statusCode).toBe(403);
    expect((await post(`/api/v1/people/${coordinator.id}/deactivate`, asOfficer)).statusCode).toBe(403);
    expect((await post(`/api/v1/people/${coordinator.id}/reset-password`, asOfficer)).statusCode).toBe(403);
  });

  it('creates a person with a one-time set-password token that works once', async () => {
    const created = await post('/api/v1/people', asCoordinator, {
      organisationId: amersfoort.id,
      displayName: 'Fatima de Vries',
      email: 'Fatima.deVries@Amersfoort.example',
      roles: [{ role: 'municipal_officer', scopes: ['GM0307'] }],
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.person).toMatchObject({
      email: 'fatima.devries@amersfoort.example',
      active: true,
      roles: [{ role: 'municipal_officer', scopes: ['GM0307'] }],
      organisation: { id: amersfoort.id, kind: 'municipality' },
    });
    const noPasswordYet = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'fatima.devries@amersfoort.example', password: 'anything at all' },
    });
    expect(noPasswordYet.statusCode).toBe(401);

    const short = await app.inject({
      method: 'POST',
      url: '/api/v1/password',
      payload: { token: body.setPasswordToken.token, newPassword: 'te kort' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().field).toBe('body.newPassword');
    const set = await app.inject({
      method: 'POST',
      url: '/api/v1/password',
      payload: { token: body.setPasswordToken.token, newPassword: 'een lang genoeg wachtwoord' },
    });
    expect(set.statusCode).toBe(204);
    const reused = await app.inject({
      method: 'POST',
      url: '/api/v1/password',
      payload: { token: body.setPasswordToken.token, newPassword: 'nog een ander wachtwoord' },
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().field).toBe('body.token');
    const session = await signIn(app, 'fatima.devries@amersfoort.example', 'een lang genoeg wachtwoord');
    expect(session.session.person.municipalities).toEqual(['GM0307']);

    const people = (await get('/api/v1/people', asCoordinator)).json().items;
    expect(people.map((p: { id: string }) => p.id)).toContain(body.person.id);
  });

  it('refuses grants outside the coordinator’s province and unknown municipalities', async () => {
    const base = { organisationId: amersfoort.id, displayName: 'Iemand' };
    const otherProvince = await post('/api/v1/people', asCoordinator, {
      ...base,
      email: 'a@example.test',
      roles: [{ role: 'province_coordinator', scopes: ['PV27'] }],
    });
    expect(otherProvince.statusCode).toBe(403);
    const otherMunicipality = await post('/api/v1/people', asCoordinator, {
      ...base,
      email: 'b@example.test',
      roles: [{ role: 'municipal_officer', scopes: ['GM0363'] }],
    });
    expect(otherMunicipality.statusCode).toBe(403);
    const unknown = await post('/api/v1/people', asCoordinator, {
      ...base,
      email: 'c@example.test',
      roles: [{ role: 'municipal_officer', scopes: ['GM9999'] }],
    });
    expect(unknown.statusCode).toBe(400);
    const badScope = await post('/api/v1/people', asCoordinator, {
      ...base,
      email: 'd@example.test',
      roles: [{ role: 'municipal_officer', scopes: ['Utrecht'] }],
    });
    expect(badScope.statusCode).toBe(400);
    expect(badScope.json().field).toBe('body.roles.0.scopes.0');
    const duplicate = await post('/api/v1/people', asCoordinator, {
      ...base,
      email: officer.email,
      roles: [{ role: 'partner', scopes: [] }],
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().field).toBe('body.email');
  });

  it('hides people of another province (404) from a coordinator', async () => {
    const noordHolland = await buildPerson({ database, roles: [{ role: 'province_coordinator', scopes: ['PV27'] }] });
    expect((await post(`/api/v1/people/${noordHolland.id}/deactivate`, asCoordinator)).statusCode).toBe(404);
    expect((await post(`/api/v1/people/${noordHolland.id}/reset-password`, asCoordinator)).statusCode).toBe(404);
    const people = (await get('/api/v1/people', asCoordinator)).json().items;
    expect(people.map((p: { id: string }) => p.id)).not.toContain(noordHolland.id);
  });

  it('resets a password: the token works for 24 hours, once, and ends old sessions', async () => {
    const person = await buildPerson({
      database,
      roles: [{ role: 'municipal_officer', scopes: ['GM0307'] }],
      organisation: amersfoort,
    });
    const oldSession = await signIn(app, person.email, person.password);
    const reset = await post(`/api/v1/people/${person.id}/reset-password`, asCoordinator);
    expect(reset.statusCode).toBe(200);
    const { token, expiresAt } = reset.json();
    const hours = (Date.parse(expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const set = await app.inject({
      method: 'POST',
      url: '/api/v1/password',
      payload: { token, newPassword: 'nieuw en veilig wachtwoord' },
    });
    expect(set.statusCode).toBe(204);
    expect((await get('/api/v1/session', oldSession)).statusCode).toBe(401);
    await signIn(app, person.email, 'nieuw en veilig wachtwoord');
    await expect(signIn(app, person.email, person.password)).rejects.toThrow(/401/);
  });

  it('deactivates a person: sessions end, sign-in is refused, and the record stays', async () => {
    const person = await buildPerson({ database, roles: [{ role: 'partner', scopes: [] }] });
    const session = await signIn(app, person.email, person.password);
    const response = await post(`/api/v1/people/${person.id}/deactivate`, asCoordinator);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: person.id, active: false, deactivatedAt: expect.any(String) });
    expect((await get('/api/v1/session', session)).statusCode).toBe(401);
    await expect(signIn(app, person.email, person.password)).rejects.toThrow(/401/);
    const sessions = await database.query('SELECT id FROM sessions WHERE person_id = $1', [person.id]);
    expect(sessions).toEqual([]);
    expect((await post(`/api/v1/people/${person.id}/reset-password`, asCoordinator)).statusCode).toBe(409);
    expect((await post(`/api/v1/people/${coordinator.id}/deactivate`, asCoordinator)).statusCode).toBe(409);
  });
});
