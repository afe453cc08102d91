// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { municipalities } from '../../src/db/schema/regions.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import { anonymous, type Authenticated, type Principal, type Role } from '../../src/shared/principal.ts';
import { buildTestApp } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { buildMunicipality } from '../factories.ts';

function person(id: string, roles: Role[], scope: { provinces?: string[]; municipalities?: string[] }): Authenticated {
  return {
    kind: 'person',
    personId: id,
    organisationId: `org-${id}`,
    roles,
    provinces: scope.provinces ?? [],
    municipalities: scope.municipalities ?? [],
    locations: [],
    via: 'session',
  };
}

const officerUtrecht = person('officer-0344', ['municipal_officer'], { municipalities: ['GM0344'] });
const coordinatorUtrecht = person('coordinator-pv26', ['province_coordinator'], { provinces: ['PV26'] });
const coordinatorNoordHolland = person('coordinator-pv27', ['province_coordinator'], { provinces: ['PV27'] });
const partner = person('partner-1', ['partner'], {});

const profile = {
  contactEmail: 'vluchtelingen@utrecht.example',
  phone: '030 286 0000',
  website: 'https://www.utrecht.example/opvang',
  note: 'Vragen over de opvang? Bel of mail ons.',
};

describe('[REGIONS] municipal contact profile', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: Principal = anonymous;
  const put = async (code: string, as: Principal, payload: unknown = profile) => {
    caller = as;
    const response = await app.inject({ method: 'PUT', url: `/api/v1/municipalities/${code}/profile`, payload: payload as object });
    return { status: response.statusCode, body: response.json() as Record<string, unknown> };
  };
  const profileRows = async () => (await database.query<{ n: number }>('SELECT count(*)::int AS n FROM municipality_profiles'))[0]?.n;
  const auditRows = async () =>
    database.query<{ actor: string; action: string; record_id: string; changes: Record<string, unknown> }>(
      "SELECT actor, action, record_id, changes FROM audit_log WHERE table_name = 'municipality_profiles' ORDER BY id",
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    await buildMunicipality({ database, code: 'GM0344', name: 'Utrecht' });
    await buildMunicipality({ database, code: 'GM0307', name: 'Amersfoort' });
    await buildMunicipality({ database, code: 'GM0363', name: 'Amsterdam', provinceCode: 'PV27' });
    await inTransaction(database.db, 'system:test-factory', async (tx) => {
      await tx.insert(municipalities).values({ code: 'GM0620', name: 'Vianen', provinceCode: 'PV26', endDate: '2019-01-01' });
    });
    app = await buildTestApp({ database, asPrincipal: () => caller });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('is public to read, and empty until saved', async () => {
    caller = anonymous;
    const response = await app.inject({ method: 'GET', url: '/api/v1/municipalities/GM0344/profile' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      municipalityCode: 'GM0344',
      municipalityName: 'Utrecht',
      contactEmail: null,
      phone: null,
      website: null,
      note: null,
      updatedAt: null,
    });
  });

  it('refuses the public (401) and people without an editing role (403), writing nothing', async () => {
    expect((await put('GM0344', anonymous)).status).toBe(401);
    expect((await put('GM0344', partner)).status).toBe(403);
    expect(await profileRows()).toBe(0);
  });

  it('lets an officer of GM0344 change GM0344, recorded in the audit trail with the e-mail redacted', async () => {
    const { status, body } = await put('GM0344', officerUtrecht);
    expect(status).toBe(200);
    expect(body).toMatchObject({ municipalityCode: 'GM0344', ...profile, updatedAt: expect.any(String) });
    const trail = await auditRows();
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ actor: 'person:officer-0344', action: 'insert', record_id: 'GM0344' });
    expect(trail[0]?.changes.contact_email).toEqual({ redacted: true });
    expect(trail[0]?.changes.phone).toEqual({ after: profile.phone });
    expect(JSON.stringify(trail)).not.toContain(profile.contactEmail);
  });

  it('saving the same values again writes nothing; a change records only the changed fields', async () => {
    expect((await put('GM0344', officerUtrecht)).status).toBe(200);
    expect(await auditRows()).toHaveLength(1);
    expect((await put('GM0344', officerUtrecht, { ...profile, phone: '030 286 1111' })).status).toBe(200);
    const trail = await auditRows();
    expect(trail).toHaveLength(2);
    expect(trail[1]?.action).toBe('update');
    expect(Object.keys(trail[1]?.changes ?? {}).sort()).toEqual(['phone', 'updated_at']);
    expect(trail[1]?.changes.phone).toEqual({ before: profile.phone, after: '030 286 1111' });
  });

  it('gives the officer of GM0344 a 403 for GM0307, with nothing written', async () => {
    const before = await auditRows();
    const { status, body } = await put('GM0307', officerUtrecht);
    expect(status).toBe(403);
    expect(body.code).toBe('FORBIDDEN');
    expect(await auditRows()).toEqual(before);
    expect(await profileRows()).toBe(1);
  });

  it('lets the province coordinator change any municipality of the province, and only those', async () => {
    expect((await put('GM0307', coordinatorUtrecht)).status).toBe(200);
    expect((await put('GM0307', coordinatorNoordHolland)).status).toBe(403);
    expect((await put('GM0363', coordinatorNoordHolland)).status).toBe(200);
    expect((await put('GM0363', coordinatorUtrecht)).status).toBe(403);
  });

  it.each([
    [{ ...profile, contactEmail: 'not an address' }, 'body.contactEmail'],
    [{ ...profile, website: 'javascript:alert(1)' }, 'body.website'],
    [{ ...profile, phone: 'call us' }, 'body.phone'],
    [{ ...profile, note: 'x'.repeat(501) }, 'body.note'],
  ])('refuses bad input with 400 naming the field (%#)', async (payload, field) => {
    const { status, body } = await put('GM0344', officerUtrecht, payload);
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });

  it('answers 404 for an unknown municipality and 400 for a former one', async () => {
    expect((await put('GM9999', coordinatorUtrecht)).status).toBe(404);
    const former = await put('GM0620', coordinatorUtrecht);
    expect(former.status).toBe(400);
    expect(former.body.field).toBe('params.code');
  });
});
