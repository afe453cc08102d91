// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import type { Principal } from '../../src/shared/principal.ts';
import { anonymous } from '../../src/shared/principal.ts';
import { buildParticipationApp, buildPublicLocation, principals } from './participation-setup.ts';
import { publicPageCsp } from '../../src/modules/participation/public-page.layout.ts';

const body = (overrides: Record<string, unknown> = {}) => ({
  kind: 'sport',
  title: 'Samen voetballen',
  description: 'Elke zaterdag voetballen op het veld. Bel 06-12345678 of mail jan@voorbeeld.nl.',
  startsAt: '2030-03-02T10:00:00+01:00',
  endsAt: '2030-03-02T12:00:00+01:00',
  place: 'Sportpark Zuid',
  municipalityCode: 'GM0344',
  organiserName: 'Voetbalvereniging <Zuid>',
  organiserEmail: 'info@vv-zuid.example',
  ...overrides,
});

describe('[ACTIVITIES] the board: post, moderate, list (JSON and HTML)', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: { as: Principal };
  beforeAll(async () => {
    database = await createTestDatabase({ shipped: true });
    ({ app, caller } = await buildParticipationApp({ database }));
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  const post = (payload: Record<string, unknown>, remoteAddress = '10.1.0.1') =>
    app.inject({ method: 'POST', url: '/api/v1/public/activities', payload, remoteAddress });
  const board = async (query = '') => (await app.inject({ method: 'GET', url: `/api/v1/public/activities${query}` })).json().items as Array<{ id: string; title: string; description: string }>;

  it('keeps a posted activity off the board until it is published, with contact details masked', async () => {
    caller.as = anonymous;
    const posted = await post(body());
    expect(posted.statusCode).toBe(202);
    const { id } = posted.json();
    expect(await board()).toEqual([]);

    caller.as = principals.officer();
    const queue = (await app.inject({ method: 'GET', url: '/api/v1/activities/queue' })).json().items;
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ id, containsContact: true, originalDescription: expect.stringContaining('06-12345678') });
    const published = await app.inject({ method: 'POST', url: `/api/v1/activities/${id}/moderation`, payload: { decision: 'publish' } });
    expect(published.json()).toEqual({ id, status: 'published' });
    const again = await app.inject({ method: 'POST', url: `/api/v1/activities/${id}/moderation`, payload: { decision: 'publish' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().field).toBe('body.decision');

    caller.as = anonymous;
    const items = await board();
    expect(items.map((item) => item.id)).toEqual([id]);
    expect(items[0]?.description).not.toMatch(/12345678|jan@voorbeeld/);
    expect(await board('?kind=nature')).toEqual([]);
    expect(await board('?kind=sport')).toHaveLength(1);
  });

  it('hides a published activity with a reason, lists it as hidden, and publishes it again', async () => {
    caller.as = anonymous;
    const { id } = (await post(body({ title: 'Samen zwemmen', kind: 'sport' }), '10.1.0.4')).json();
    caller.as = principals.officer();
    const moderate = (payload: Record<string, unknown>) => app.inject({ method: 'POST', url: `/api/v1/activities/${id}/moderation`, payload });
    const list = async (status: string) =>
      (await app.inject({ method: 'GET', url: `/api/v1/activities/queue?status=${status}` })).json().items as Array<{ id: string; status: string; moderationReason: string | null }>;
    expect((await moderate({ decision: 'publish' })).statusCode).toBe(200);
    expect((await list('published')).map((item) => item.id)).toContain(id);
    expect((await moderate({ decision: 'reject' })).json().field).toMatch(/reason/);
    expect((await moderate({ decision: 'reject', reason: 'De organisator vroeg het te verbergen.' })).json()).toEqual({ id, status: 'rejected' });
    expect((await list('rejected')).find((item) => item.id === id)).toMatchObject({ status: 'rejected', moderationReason: 'De organisator vroeg het te verbergen.' });
    caller.as = anonymous;
    expect((await board()).map((item) => item.id)).not.toContain(id);
    caller.as = principals.officer();
    expect((await moderate({ decision: 'publish' })).statusCode).toBe(200);
    caller.as = anonymous;
    expect((await board()).map((item) => item.id)).toContain(id);
    const audit = await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE table_name = 'activities' AND record_id = ${id} AND action = 'update' AND actor IS NOT NULL`);
    expect((audit as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(3);
    caller.as = principals.officer();
    const unknown = await app.inject({ method: 'GET', url: '/api/v1/activities/queue?status=unknown' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().field).toMatch(/status/);
  });

  it('shows a location\u2019s upcoming activities on its public page, and the board form posts one for that location', async () => {
    const locationId = await buildPublicLocation(database, { name: 'Voorbeeld locatie met activiteiten' });
    const page = async () => (await app.inject({ method: 'GET', url: `/inwoners/locaties/${locationId}` })).body;
    expect(await page()).toContain('Er staan nog geen activiteiten bij deze locatie.');

    caller.as = anonymous;
    const form = await app.inject({ method: 'GET', url: `/inwoners/activiteiten?locatie=${locationId}` });
    expect(form.body).toContain(`<input type="hidden" name="locationId" value="${locationId}">`);
    const fields = new URLSearchParams({
      kind: 'buddies', title: 'Maatjes <b>gezocht</b>', description: 'Samen de buurt verkennen met nieuwe bewoners.', startsAt: '2030-04-01T14:00',
      place: 'Buurthuis', municipalityCode: 'GM0344', organiserName: 'Buurtteam', organiserEmail: 'buurt@example.org', locationId,
    });
    const posted = await app.inject({ method: 'POST', url: '/inwoners/activiteiten', payload: fields.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, remoteAddress: '10.1.0.5' });
    expect(posted.statusCode).toBe(303);

    caller.as = principals.officer();
    const queued = (await app.inject({ method: 'GET', url: '/api/v1/activities/queue' })).json().items as Array<{ id: string; location: { id: string } | null }>;
    const mine = queued.find((item) => item.location?.id === locationId);
    expect(mine).toBeDefined();
    expect((await app.inject({ method: 'POST', url: `/api/v1/activities/${mine?.id}/moderation`, payload: { decision: 'publish' } })).statusCode).toBe(200);
    caller.as = anonymous;
    // The decision drops the location's cached page: the published activity shows at once.
    expect(await page()).toContain('Maatjes &lt;b&gt;gezocht&lt;/b&gt;');
    expect(await page()).toContain('<h2 id="activiteiten-titel">Activiteiten bij deze locatie</h2>');
  });

  it('hides activities outside an official\u2019s scope and refuses people without a moderating role', async () => {
    caller.as = anonymous;
    const { id } = (await post(body({ municipalityCode: 'GM0363', title: 'Wandelen in Amsterdam', kind: 'nature' }), '10.1.0.2')).json();
    caller.as = principals.officer();
    expect((await app.inject({ method: 'GET', url: '/api/v1/activities/queue' })).json().items).toEqual([]);
    const hidden = await app.inject({ method: 'POST', url: `/api/v1/activities/${id}/moderation`, payload: { decision: 'publish' } });
    expect(hidden.statusCode).toBe(404);
    caller.as = principals.coa();
    expect((await app.inject({ method: 'GET', url: '/api/v1/activities/queue' })).statusCode).toBe(403);
    caller.as = principals.centralModerator();
    const rejected = await app.inject({ method: 'POST', url: `/api/v1/activities/${id}/moderation`, payload: { decision: 'reject' } });
    expect(rejected.statusCode).toBe(400);
    expect(rejected.json().field).toMatch(/reason/);
  });

  it('refuses bad input naming the field, and limits posts per address', async () => {
    caller.as = anonymous;
    const bad = await post(body({ municipalityCode: 'GM9999' }), '10.1.0.3');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.municipalityCode' });
    const tooLong = await post(body({ title: 'x'.repeat(121) }), '10.1.0.3');
    expect(tooLong.json().field).toMatch(/title/);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await post(body({ title: `Activiteit ${i}` }), '10.1.0.9')).statusCode);
    }
    expect(statuses.slice(0, 10).every((status) => status === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('serves the board as HTML without JavaScript: filter, escaped text, and a form that reports its errors', async () => {
    const page = await app.inject({ method: 'GET', url: '/inwoners/activiteiten?soort=sport' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Voetbalvereniging &lt;Zuid&gt;');
    expect(page.body).not.toContain('<Zuid>');
    expect(page.body).toContain('<option value="sport" selected>');
    // The layout's strict policy: scripts only from this server, the inline style by its hash.
    expect(page.headers['content-security-policy']).toBe(publicPageCsp);
    const postForm = (fields: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: '/inwoners/activiteiten',
        remoteAddress: '10.1.0.4',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ kind: 'culture', startsAt: '2030-05-01T20:00', place: 'Theater', municipalityCode: 'GM0344', organiserName: 'Theater', organiserEmail: 'info@theater.example', ...fields }).toString(),
      });
    const form = await postForm({ title: '<script>x</script>', description: 'te kort' });
    expect(form.statusCode).toBe(400);
    expect(form.body).toContain('href="#activiteit-description"');
    expect(form.body).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(form.body).not.toContain('<script>x</script>');
    const ok = await postForm({ title: 'Samen naar het theater', description: 'Een avond theater voor buren en nieuwkomers.' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/inwoners/activiteiten?bericht=ontvangen');
    const [stored] = await database.query<{ starts_at: string }>(
      "SELECT to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS starts_at FROM activities WHERE title = 'Samen naar het theater'",
    );
    expect(stored?.starts_at).toBe('2030-05-01 18:00');
  });
});
