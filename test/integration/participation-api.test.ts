// SPDX-License-Identifier: EUPL-1.2
/**
 * Participation through the API and the server-rendered pages: a resident reacts, a moderator
 * publishes, an official answers (mail queued), the page shows it; privacy, escaping, the
 * honeypot, rate limits with Retry-After, and the trusted proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import { anonymous } from '../../src/shared/principal.ts';
import { purgeReactionEmails } from '../../src/modules/participation/purge-reaction-emails.ts';
import { buildParticipationApp, buildPublicLocation, principals, type CallerSwitch } from './participation-setup.ts';

describe('[PARTICIPATION] reactions, moderation and answers', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: CallerSwitch;
  let locationId: string;
  let address = 0;
  const nextAddress = () => `10.1.${Math.floor(++address / 250)}.${address % 250}`;

  const react = (body: Record<string, unknown>, id = locationId, remoteAddress = nextAddress()) => {
    caller.as = anonymous;
    return app.inject({ method: 'POST', url: `/api/v1/public/locations/${id}/reactions`, payload: body, remoteAddress });
  };
  const page = async (id = locationId) => (await app.inject({ method: 'GET', url: `/api/v1/public/locations/${id}` })).json();

  beforeAll(async () => {
    database = await createTestDatabase({ shipped: true });
    ({ app, caller } = await buildParticipationApp({ database, env: { REGIETAFEL_REACTIONS_PER_ADDRESS: '3', REGIETAFEL_TRUSTED_PROXY: '127.0.0.2' } }));
    locationId = await buildPublicLocation(database);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('shows only public locations', async () => {
    const hidden = await buildPublicLocation(database, { isPublic: false });
    expect((await app.inject({ method: 'GET', url: `/api/v1/public/locations/${hidden}` })).statusCode).toBe(404);
    expect((await react({ kind: 'question', text: 'Mag ik iets vragen?' }, hidden)).statusCode).toBe(404);
    const list = (await app.inject({ method: 'GET', url: '/api/v1/public/locations' })).json();
    expect(list.items.map((item: { id: string }) => item.id)).toContain(locationId);
    expect(list.items.map((item: { id: string }) => item.id)).not.toContain(hidden);
  });

  it('takes a question, publishes it after moderation, and shows the answer with the mail queued', async () => {
    const created = await react({ kind: 'question', text: 'Hoe laat is de inloop? Bel me op 06-12345678.', email: 'Bewoner@Example.nl' });
    expect(created.statusCode).toBe(201);
    const { id, visibility, dueOn } = created.json();
    expect(visibility).toBe('pending');
    expect(dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await page()).reactions.map((r: { id: string }) => r.id)).not.toContain(id);

    caller.as = principals.locationModerator(locationId);
    const queue = (await app.inject({ method: 'GET', url: `/api/v1/participation/queue?visibility=pending` })).json();
    const item = queue.items.find((entry: { id: string }) => entry.id === id);
    expect(item).toMatchObject({ containsContact: true, wantsMail: true, publicText: 'Hoe laat is de inloop? Bel me op […].' });
    expect(JSON.stringify(queue)).not.toContain('bewoner@example.nl');
    const published = await app.inject({ method: 'POST', url: `/api/v1/participation/reactions/${id}/moderation`, payload: { decision: 'publish' } });
    expect(published.statusCode).toBe(200);
    const shown = (await page()).reactions.find((r: { id: string }) => r.id === id);
    expect(shown).toMatchObject({ text: 'Hoe laat is de inloop? Bel me op […].', answer: null });

    // A moderator does not answer; the officer of the municipality does.
    const refused = await app.inject({ method: 'POST', url: `/api/v1/participation/reactions/${id}/answer`, payload: { answer: 'Om 19.00 uur.' } });
    expect(refused.statusCode).toBe(403);
    caller.as = principals.otherOfficer();
    expect((await app.inject({ method: 'POST', url: `/api/v1/participation/reactions/${id}/answer`, payload: { answer: 'x' } })).statusCode).toBe(404);
    caller.as = principals.officer();
    const answered = await app.inject({ method: 'POST', url: `/api/v1/participation/reactions/${id}/answer`, payload: { answer: 'De inloop is om 19.00 uur.', theme: 'informatie' } });
    expect(answered.statusCode).toBe(200);
    const after = (await page()).reactions.find((r: { id: string }) => r.id === id);
    expect(after).toMatchObject({ status: 'answered', answer: { text: 'De inloop is om 19.00 uur.', workingDays: 0 } });

    const mails = await database.query<{ recipient: string; subject: string; purpose: string }>(
      `SELECT recipient, subject, purpose FROM mail_outbox WHERE reference = $1`,
      [id],
    );
    expect(mails).toEqual([expect.objectContaining({ recipient: 'bewoner@example.nl', purpose: 'reaction_answer' })]);
    expect(mails[0]?.subject).toMatch(/^Antwoord op uw reactie over/);
  });

  it('never writes the e-mail address or the text into the audit trail, and deletes the address after the retention period', async () => {
    const { id } = (await react({ kind: 'concern', text: 'Ik maak me zorgen over het verkeer.', email: 'geheim@example.nl' })).json();
    const trail = await database.query<{ actor: string; action: string; table_name: string; changes: Record<string, unknown> }>(
      `SELECT actor, action, table_name, changes FROM audit_log WHERE record_id = $1 ORDER BY id`,
      [id],
    );
    expect(JSON.stringify(trail)).not.toContain('geheim@example.nl');
    expect(JSON.stringify(trail)).not.toContain('zorgen over het verkeer');
    // The batch insert is audited per statement (migration 0089) with the same rows as the row trigger.
    expect(trail.map((row) => [row.actor, row.action, row.table_name])).toEqual([
      ['system:public-reaction', 'insert', 'participation_reactions'],
      ['system:public-reaction', 'insert', 'participation_reaction_emails'],
    ]);
    expect(trail[0]?.changes).toMatchObject({ id: { after: id }, kind: { after: 'concern' }, body: { redacted: true }, public_body: { redacted: true } });
    expect(trail[1]?.changes).toMatchObject({ reaction_id: { after: id }, email: { redacted: true } });
    // A null column is recorded as {} and a false one as {"after": false}, as the row trigger does.
    expect(trail[0]?.changes['longitude']).toEqual({});
    expect(trail[0]?.changes['contains_contact']).toEqual({ after: false });
    caller.as = principals.officer();
    await app.inject({ method: 'POST', url: `/api/v1/participation/reactions/${id}/status`, payload: { status: 'closed' } });
    const count = async () => (await database.query(`SELECT 1 FROM participation_reaction_emails WHERE reaction_id = $1`, [id])).length;
    expect(await purgeReactionEmails({ db: database.db, now: new Date(Date.now() + 89 * 86_400_000), retentionDays: 90 })).toBe(0);
    expect(await count()).toBe(1);
    await purgeReactionEmails({ db: database.db, now: new Date(Date.now() + 91 * 86_400_000), retentionDays: 90 });
    expect(await count()).toBe(0);
  });

  it('refuses bad input with a problem naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'rant', text: 'abc' }, 'body.kind'],
      [{ kind: 'idea', text: 'a' }, 'body.text'],
      [{ kind: 'idea', text: 'x'.repeat(2001) }, 'body.text'],
      [{ kind: 'idea', text: 'nul\u0000byte' }, 'body.text'],
      [{ kind: 'idea', text: 'Een plek', longitude: 2.0, latitude: 52 }, 'body.longitude'],
      [{ kind: 'idea', text: 'Een plek', longitude: 5.1 }, 'body.latitude'],
      [{ kind: 'idea', text: 'Mail', email: 'geen-adres' }, 'body.email'],
      [{ kind: 'idea', text: 'Ik ben een bot', website: 'http://spam.example' }, 'body.website'],
    ];
    for (const [body, field] of cases) {
      const response = await react(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().field).toBe(field);
    }
  });

  it('limits one address with 429 and Retry-After; X-Forwarded-For counts only from the trusted proxy', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await react({ kind: 'support', text: `Steun nummer ${i}` }, locationId, '10.9.9.9')).statusCode);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
    const limited = await react({ kind: 'support', text: 'Nog eens' }, locationId, '10.9.9.9');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json().code).toBe('RATE_LIMITED');

    // From an untrusted address the header is ignored: it is still 10.9.9.9 that is counted.
    const spoofed = await app.inject({
      method: 'POST', url: `/api/v1/public/locations/${locationId}/reactions`, remoteAddress: '10.9.9.9',
      headers: { 'x-forwarded-for': '192.0.2.1' }, payload: { kind: 'support', text: 'Via een vals adres' },
    });
    expect(spoofed.statusCode).toBe(429);
    // Through the trusted proxy each forwarded client counts on its own.
    const forwarded = await app.inject({
      method: 'POST', url: `/api/v1/public/locations/${locationId}/reactions`, remoteAddress: '127.0.0.2',
      headers: { 'x-forwarded-for': '10.9.9.9' }, payload: { kind: 'support', text: 'Via de proxy' },
    });
    expect(forwarded.statusCode).toBe(429);
    const other = await app.inject({
      method: 'POST', url: `/api/v1/public/locations/${locationId}/reactions`, remoteAddress: '127.0.0.2',
      headers: { 'x-forwarded-for': '198.51.100.7' }, payload: { kind: 'support', text: 'Via de proxy' },
    });
    expect(other.statusCode).toBe(201);
  });

  it('renders the page as HTML with every user text escaped, and takes the form without JavaScript', async () => {
    caller.as = principals.officer();
    await app.inject({ method: 'PUT', url: `/api/v1/participation/locations/${locationId}/settings`, payload: { moderation: 'after', contactName: 'Gemeente Utrecht, team opvang', contactPhone: '14 030' } });
    const posted = await app.inject({
      method: 'POST', url: `/inwoners/locaties/${locationId}`, remoteAddress: nextAddress(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ kind: 'idea', text: '<script>alert("x")</script> een buurtfeest', email: '' }).toString(),
    });
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toBe(`/inwoners/locaties/${locationId}?bericht=ontvangen#reactie-bericht`);
    const shown = await app.inject({ method: 'GET', url: `/inwoners/locaties/${locationId}?bericht=ontvangen` });
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-type']).toMatch(/^text\/html/);
    expect(shown.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; een buurtfeest');
    expect(shown.body).not.toContain('<script>alert');
    expect(shown.body).toContain('Bedankt. Wij hebben uw reactie ontvangen.');
    expect(shown.body).toContain('Gemeente Utrecht, team opvang');
    const english = await app.inject({ method: 'GET', url: `/inwoners/locaties/${locationId}`, headers: { 'accept-language': 'en-GB,en' } });
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Ask a question or let us know');
  });

  it('shows the form again with plain-language errors, and answers a filled honeypot like a success without storing it', async () => {
    const before = (await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM participation_reactions`))[0]?.n;
    const form = (fields: Record<string, string>) =>
      app.inject({ method: 'POST', url: `/inwoners/locaties/${locationId}`, remoteAddress: nextAddress(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });
    const bad = await form({ kind: 'idea', text: 'x', longitude: '5,12' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Schrijf een reactie van minstens 3');
    expect(bad.body).toContain('Vul een plek in Nederland in');
    const bot = await form({ kind: 'idea', text: 'Koop nu goedkope horloges', website: 'http://spam.example' });
    expect(bot.statusCode).toBe(303);
    const afterCount = (await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM participation_reactions`))[0]?.n;
    expect(afterCount).toBe(before);
  });

  it('shows a new announcement at once, and an upcoming meeting', async () => {
    await page();
    caller.as = principals.coordinator();
    const posted = await app.inject({
      method: 'POST', url: `/api/v1/participation/locations/${locationId}/announcements`,
      payload: { title: 'Inloopavond', body: 'U bent welkom.', meetingAt: '2099-01-15T19:30:00+01:00', meetingPlace: 'Buurthuis' },
    });
    expect(posted.statusCode).toBe(201);
    const after = await page();
    expect(after.announcements[0]).toMatchObject({ title: 'Inloopavond', meeting: { at: '2099-01-15T18:30:00Z', place: 'Buurthuis' } });
    expect(after.upcomingMeetings).toHaveLength(1);
  });

  it('gives officials an overview with counts, themes and pins', async () => {
    await react({ kind: 'idea', text: 'Een moestuin voor de buurt', longitude: 5.12, latitude: 52.09 });
    caller.as = principals.officer();
    const overview = await app.inject({ method: 'GET', url: `/api/v1/participation/overview?locationId=${locationId}` });
    expect(overview.statusCode).toBe(200);
    const body = overview.json();
    expect(body.total).toBeGreaterThan(3);
    expect(body.byKind.map((row: { key: string }) => row.key)).toContain('idea');
    expect(body.pins.features.length).toBeGreaterThan(0);
    // The table beside the map lists the same pins, so each carries its text (masked) and place.
    const garden = body.pins.features.find((feature: { properties: { text: string } }) => feature.properties.text === 'Een moestuin voor de buurt');
    expect(garden?.properties).toMatchObject({ kind: 'idea', visibility: expect.any(String), locationName: expect.any(String), receivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(Date.parse(body.generatedAt)).not.toBeNaN();
    caller.as = principals.coa();
    expect((await app.inject({ method: 'GET', url: '/api/v1/participation/overview' })).statusCode).toBe(403);
  });
});
