// SPDX-License-Identifier: EUPL-1.2
/**
 * A NUL character in any input is refused with a problem naming the field, on PGlite and on
 * PostgreSQL alike (PostgreSQL cannot hold it in text; found by the endpoint fuzzer on
 * /api/v1/practices?q=).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db.ts';
import { buildTestApp } from '../app.ts';
import { buildPerson, signIn } from '../factories.ts';
import { findNul } from '../../src/server/nul-guard.ts';

const database = await createTestDatabase();
const app = await buildTestApp({ database });

describe('[API] NUL characters', () => {
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it('finds the path of the first string with a NUL', () => {
    expect(findNul({ a: 'x', b: [{ c: 'y\u0000' }] }, 'body')).toBe('body.b.0.c');
    expect(findNul({ a: 'x', b: ['ok'] }, 'body')).toBeUndefined();
    expect(findNul('plain', 'query')).toBeUndefined();
  });

  it('refuses a NUL in the query of the practice search with 400 naming query.q', async () => {
    const official = await buildPerson({ database, roles: [{ role: 'province_coordinator', scopes: ['PV26'] }] });
    const session = await signIn(app, official.email, official.password);
    const response = await app.inject({ method: 'GET', url: '/api/v1/practices?q=a%00b', headers: session.headers });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'query.q' });
  });

  it('refuses a NUL inside a JSON body, naming the nested field', async () => {
    const official = await buildPerson({ database, roles: [{ role: 'province_coordinator', scopes: ['PV26'] }] });
    const session = await signIn(app, official.email, official.password);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/practices',
      headers: { ...session.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ title: 'ok', body: { nested: ['x\u0000'] } }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ field: 'body.body.nested.0' });
  });
});
