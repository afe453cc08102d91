// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment jsdom
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { loadConfig } from '../../src/config/env.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { notifySubscribers } from '../../src/modules/subscriptions/notify-subscribers.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import { buildApp } from '../../src/server/app.ts';
import { postAnnouncement } from '../../src/modules/participation/post-announcement.ts';
import { buildPublicLocation, principals } from './participation-setup.ts';
import { publicPageCsp } from '../../src/modules/participation/public-page.layout.ts';

const publicUrl = 'https://regietafel.test';

type Outbox = { recipient: string; subject: string; body_text: string; headers: Record<string, string>; purpose: string };

describe('[SUBSCRIPTIONS] follow a location: double opt-in, notices, one-click unsubscribe, Atom feed', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let locationId: string;
  beforeAll(async () => {
    database = await createTestDatabase({ shipped: true });
    app = await buildApp({ config: loadConfig({ REGIETAFEL_PUBLIC_URL: publicUrl }), database, webDist: '/nonexistent' });
    await app.ready();
    locationId = await buildPublicLocation(database, { name: `Voorbeeld noodopvang <b>${crypto.randomBytes(3).toString('hex')}</b>` });
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  const outbox = (purpose: string) =>
    database.query<Outbox>('SELECT recipient, subject, body_text, headers, purpose FROM mail_outbox WHERE purpose = $1 ORDER BY created_at', [purpose]);
  const linkToken = (text: string, path: string) => new RegExp(`${publicUrl}${path}\\?token=([A-Za-z0-9_-]{43})`).exec(text)?.[1] ?? '';
  const subscriptionCount = async () =>
    (await database.query<{ n: number }>('SELECT count(*)::int AS n FROM location_subscriptions'))[0]?.n;

  it('subscribes from the form on the page, sends one confirmation mail and confirms through its link', async () => {
    const form = await app.inject({
      method: 'POST',
      url: `/inwoners/locaties/${locationId}/volgen`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=Buur%40Example.org&website=',
    });
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toBe(`/inwoners/locaties/${locationId}?bericht=volgen-verstuurd#volgen`);
    const [mail] = await outbox('subscription_confirm');
    expect(mail?.recipient).toBe('buur@example.org');
    expect(mail?.subject).toMatch(/^Bevestig: nieuws volgen over Voorbeeld noodopvang/);
    const token = linkToken(mail?.body_text ?? '', '/inwoners/volgen/bevestigen');
    expect(token).toHaveLength(43);

    // Asking again within ten minutes sends no second mail, and says the same.
    const again = await app.inject({ method: 'POST', url: `/api/v1/public/locations/${locationId}/subscriptions`, payload: { email: 'buur@example.org' } });
    expect(again.statusCode).toBe(202);
    expect(await outbox('subscription_confirm')).toHaveLength(1);

    // Opening the link changes nothing (mail scanners open links); the button confirms.
    const ask = await app.inject({ method: 'GET', url: `/inwoners/volgen/bevestigen?token=${token}` });
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain('<form method="post"');
    expect(ask.headers['content-security-policy']).toBe(publicPageCsp);
    const confirmed = await app.inject({ method: 'POST', url: `/inwoners/volgen/bevestigen?token=${token}` });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('U bent aangemeld');
    // Single use.
    const reused = await app.inject({ method: 'POST', url: '/api/v1/public/subscriptions/confirm', payload: { token } });
    expect(reused.statusCode).toBe(404);
    expect(reused.json()).toMatchObject({ code: 'NOT_FOUND', field: 'token' });
  });

  it('queues a notice for the confirmed follower when an official posts an announcement', async () => {
    const before = (await outbox('subscription_notice')).length;
    await postAnnouncement({
      db: database.db,
      principal: principals.officer(),
      locationId,
      input: { title: 'Bouw begint op 1 maart', body: 'De bouw van de paviljoens begint op 1 maart.' },
      now: new Date(),
      publicUrl,
    });
    const notices = await outbox('subscription_notice');
    expect(notices).toHaveLength(before + 1);
    expect(notices.at(-1)).toMatchObject({ recipient: 'buur@example.org' });
    expect(notices.at(-1)?.subject).toContain('Bouw begint op 1 maart');
    // Clear the notice and the announcement, so the next tests count their own only.
    await database.query("DELETE FROM mail_outbox WHERE purpose = 'subscription_notice'");
    await database.query('DELETE FROM participation_announcements WHERE location_id = $1', [locationId]);
  });

  it('mails confirmed followers only, with a one-click unsubscribe link and headers', async () => {
    await app.inject({ method: 'POST', url: `/api/v1/public/locations/${locationId}/subscriptions`, payload: { email: 'onbevestigd@example.org' } });
    const queued = await inTransaction(database.db, 'system:test', (tx) =>
      notifySubscribers({ tx, locationId, kind: 'announcement', title: 'Informatieavond op 3 december', url: `${publicUrl}/inwoners/locaties/${locationId}` }),
    );
    expect(queued).toBe(1);
    const notices = await outbox('subscription_notice');
    expect(notices.map((n) => n.recipient)).toEqual(['buur@example.org']);
    const notice = notices[0] as Outbox;
    expect(notice.subject).toContain('Informatieavond op 3 december');
    const token = linkToken(notice.body_text, '/inwoners/volgen/afmelden');
    expect(notice.headers).toEqual({
      'List-Unsubscribe': `<${publicUrl}/inwoners/volgen/afmelden?token=${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });

    // RFC 8058: a POST with List-Unsubscribe=One-Click to the header's URL.
    const before = await subscriptionCount();
    const oneClick = await app.inject({
      method: 'POST',
      url: `/inwoners/volgen/afmelden?token=${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.statusCode).toBe(200);
    expect(await subscriptionCount()).toBe((before ?? 0) - 1);
    const left = await database.query<{ email: string }>('SELECT email FROM location_subscription_emails');
    expect(left.map((row) => row.email)).toEqual(['onbevestigd@example.org']);
    // A second click says the same and changes nothing.
    const twice = await app.inject({ method: 'POST', url: '/api/v1/public/subscriptions/unsubscribe', payload: { token } });
    expect(twice.json()).toEqual({ status: 'unsubscribed' });
  });

  it('keeps addresses and tokens out of the audit trail', async () => {
    const trail = await database.query<{ changes: unknown }>(
      "SELECT changes FROM audit_log WHERE table_name LIKE 'location_subscription%'",
    );
    expect(trail.length).toBeGreaterThan(3);
    const text = JSON.stringify(trail);
    expect(text).not.toMatch(/example\.org/);
    expect(text).not.toMatch(/[0-9a-f]{64}/);
  });

  it('refuses bad input naming the field, and a location without a public page', async () => {
    const bad = await app.inject({ method: 'POST', url: `/api/v1/public/locations/${locationId}/subscriptions`, payload: { email: 'geen adres' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toMatch(/email/);
    const hidden = await buildPublicLocation(database, { isPublic: false });
    const notPublic = await app.inject({ method: 'POST', url: `/api/v1/public/locations/${hidden}/subscriptions`, payload: { email: 'a@example.org' } });
    expect(notPublic.statusCode).toBe(404);
    const badToken = await app.inject({ method: 'POST', url: '/api/v1/public/subscriptions/confirm', payload: { token: '<script>' } });
    expect(badToken.statusCode).toBe(400);
    expect(badToken.json().field).toMatch(/token/);
  });

  it('stores nothing when the honeypot is filled, but answers the same', async () => {
    const before = await subscriptionCount();
    const robot = await app.inject({ method: 'POST', url: `/api/v1/public/locations/${locationId}/subscriptions`, payload: { email: 'robot@example.org', website: 'http://spam' } });
    expect(robot.statusCode).toBe(202);
    expect(await subscriptionCount()).toBe(before);
  });

  it('serves a valid Atom feed of announcements and published answers, with user text escaped', async () => {
    await database.query(
      `INSERT INTO participation_announcements (location_id, title, body, created_by, published_at)
       VALUES ($1, 'Bouw start <script>alert(1)</script>', 'Tekst & uitleg', 'person:test', '2026-11-20T10:00:00Z')`,
      [locationId],
    );
    const response = await app.inject({ method: 'GET', url: `/api/v1/public/locations/${locationId}/feed.atom` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/atom\+xml/);
    const document = new DOMParser().parseFromString(response.body, 'application/xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(document.getElementsByTagName('script')).toHaveLength(0);
    const entries = document.getElementsByTagName('entry');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.getElementsByTagName('title')[0]?.textContent).toBe('Bouw start <script>alert(1)</script>');
    expect(entries[0]?.getElementsByTagName('updated')[0]?.textContent).toBe('2026-11-20T10:00:00Z');
    expect(document.documentElement.getElementsByTagName('title')[0]?.textContent).toMatch(/^Voorbeeld noodopvang <b>/);
    const missing = await app.inject({ method: 'GET', url: `/api/v1/public/locations/${crypto.randomUUID()}/feed.atom` });
    expect(missing.statusCode).toBe(404);
  });
});
