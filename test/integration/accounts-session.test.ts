// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { buildTestApp } from '../app.ts';
import { buildPerson, signIn, type BuiltPerson } from '../factories.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import { hashToken } from '../../src/modules/accounts/secrets.ts';
import { buildApp } from '../../src/server/app.ts';

// Counts argon2 verifications (passing them through), to see that every sign-in does the work.
const argon2 = vi.hoisted(() => ({ verifications: 0 }));
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const original = await importOriginal<typeof import('@node-rs/argon2')>();
  return {
    ...original,
    verify: (...args: Parameters<typeof original.verify>) => {
      argon2.verifications += 1;
      return original.verify(...args);
    },
  };
});

describe('[ACCOUNTS] sign-in, session, sign-out and CSRF', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let officer: BuiltPerson;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp({ database });
    officer = await buildPerson({ database, roles: [{ role: 'municipal_officer', scopes: ['GM0344'] }] });
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it('signs in with an HttpOnly, SameSite=Strict cookie and stores only a hash of the token', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: `  ${officer.email.toUpperCase()} `, password: officer.password },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'regietafel_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const body = response.json();
    expect(body.person).toMatchObject({
      id: officer.id,
      email: officer.email,
      displayName: officer.displayName,
      roles: [{ role: 'municipal_officer', scopes: ['GM0344'] }],
      provinces: [],
      municipalities: ['GM0344'],
      locations: [],
      organisation: { id: officer.organisation.id, kind: 'municipality' },
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const stored = await database.query<{ token_hash: string }>(
      'SELECT token_hash FROM sessions WHERE person_id = $1',
      [officer.id],
    );
    expect(stored.map((row) => row.token_hash)).toContain(hashToken(cookie?.value ?? ''));
    expect(stored.map((row) => row.token_hash)).not.toContain(cookie?.value);
  });

  it('returns the current session, and 401 without one', async () => {
    const session = await signIn(app, officer.email, officer.password);
    const current = await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: session.cookie } });
    expect(current.statusCode).toBe(200);
    expect(current.json()).toEqual(session.session);

    const none = await app.inject({ method: 'GET', url: '/api/v1/session' });
    expect(none.statusCode).toBe(401);
    expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(none.json()).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });

    const forged = await app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie: 'regietafel_session=not-a-real-session' },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('signs out: the session row is deleted and the cookie stops working', async () => {
    const session = await signIn(app, officer.email, officer.password);
    const out = await app.inject({ method: 'DELETE', url: '/api/v1/session', headers: session.headers });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'regietafel_session')?.value).toBe('');
    const after = await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: session.cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('sets the Secure flag when configured, and refuses an expired session', async () => {
    const config = { ...app.deps.config, secureCookies: true };
    const secureApp = await buildApp({ config, database, webDist: '/nonexistent' });
    try {
      const response = await secureApp.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: officer.email, password: officer.password },
      });
      expect(response.cookies.find((c) => c.name === 'regietafel_session')?.secure).toBe(true);
    } finally {
      await secureApp.close();
    }
    const session = await signIn(app, officer.email, officer.password);
    await database.query(
      "UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE token_hash = $1",
      [hashToken(session.cookie.split('=')[1] ?? '')],
    );
    const expired = await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: session.cookie } });
    expect(expired.statusCode).toBe(401);
  });

  it('answers a wrong password and an unknown account identically, after the same password work', async () => {
    const attempt = async (email: string) => {
      const before = argon2.verifications;
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email, password: 'wrong password 123' },
        remoteAddress: '10.1.0.1',
      });
      return { response, verifications: argon2.verifications - before };
    };
    const known = await attempt(officer.email);
    const unknown = await attempt('nobody@example.test');
    const unknownToo = await attempt('nobody-else@example.test');
    expect(known.response.statusCode).toBe(401);
    for (const other of [unknown, unknownToo]) {
      expect(other.response.statusCode).toBe(401);
      expect(other.response.json()).toEqual(known.response.json());
      expect(other.response.cookies).toEqual([]);
    }
    // An unknown address is verified against a dummy hash, so it costs the same argon2 work and
    // its timing does not reveal that the account does not exist.
    expect([known.verifications, unknown.verifications, unknownToo.verifications]).toEqual([1, 1, 1]);
  });

  it('refuses a deactivated account with the same 401, and ends its sessions', async () => {
    const person = await buildPerson({ database, roles: [{ role: 'partner', scopes: [] }] });
    const session = await signIn(app, person.email, person.password);
    await database.query("UPDATE people SET active = false, deactivated_at = now() WHERE id = $1", [person.id]);
    const current = await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: session.cookie } });
    expect(current.statusCode).toBe(401);
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: person.email, password: person.password },
    });
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe('UNAUTHENTICATED');

    const inactive = await buildPerson({ database, roles: [{ role: 'partner', scopes: [] }], active: false });
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: inactive.email, password: inactive.password },
    });
    expect(refused.statusCode).toBe(401);
  });

  it('limits sign-in attempts per e-mail address (429), even with the right password afterwards', async () => {
    const person = await buildPerson({ database, roles: [{ role: 'partner', scopes: [] }] });
    const limit = app.deps.config.signInLimit;
    for (let i = 0; i < limit; i++) {
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: person.email, password: `wrong password ${i}` },
        remoteAddress: `10.2.0.${i + 1}`,
      });
      expect(wrong.statusCode).toBe(401);
    }
    const blocked = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: person.email, password: person.password },
      remoteAddress: '10.2.1.1',
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(blocked.json().code).toBe('RATE_LIMITED');
  });

  it('limits sign-in attempts per IP address across e-mail addresses', async () => {
    const limit = app.deps.config.signInLimit;
    for (let i = 0; i < limit; i++) {
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: `guess-${i}@example.test`, password: 'wrong password' },
        remoteAddress: '10.3.0.1',
      });
      expect(wrong.statusCode).toBe(401);
    }
    const blocked = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: officer.email, password: officer.password },
      remoteAddress: '10.3.0.1',
    });
    expect(blocked.statusCode).toBe(429);
    // Another address is not affected, and successful sign-ins do not use up the limit.
    for (let i = 0; i < limit + 2; i++) {
      await signIn(app, officer.email, officer.password, { remoteAddress: '10.3.0.2' });
    }
  });

  describe('CSRF', () => {
    const write = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/v1/tokens', headers, payload: { name: 'csrf test' } });

    it('refuses a cookie-authenticated write without the x-csrf-token header (403)', async () => {
      const session = await signIn(app, officer.email, officer.password);
      const response = await write({ cookie: session.cookie });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'CSRF_FAILED', field: 'headers.x-csrf-token' });
    });

    it('refuses a wrong token, and a token of another session (403)', async () => {
      const session = await signIn(app, officer.email, officer.password);
      const other = await signIn(app, officer.email, officer.password);
      expect((await write({ cookie: session.cookie, 'x-csrf-token': 'wrong' })).json().code).toBe('CSRF_FAILED');
      const crossed = await write({ cookie: session.cookie, 'x-csrf-token': other.csrfToken });
      expect(crossed.statusCode).toBe(403);
      expect(crossed.json().code).toBe('CSRF_FAILED');
    });

    it('accepts the right token', async () => {
      const session = await signIn(app, officer.email, officer.password);
      expect((await write(session.headers)).statusCode).toBe(201);
    });

    it('does not ask a CSRF token of bearer-token requests or of reads', async () => {
      const session = await signIn(app, officer.email, officer.password);
      const created = (await write(session.headers)).json<{ token: string }>();
      const viaToken = await app.inject({
        method: 'DELETE',
        url: '/api/v1/session',
        headers: { authorization: `Bearer ${created.token}` },
      });
      expect(viaToken.statusCode).toBe(204);
      const read = await app.inject({ method: 'GET', url: '/api/v1/people', headers: { cookie: session.cookie } });
      expect(read.statusCode).toBe(200);
    });
  });
});
