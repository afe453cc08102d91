// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { runRetention } from '../../src/modules/retention/run-retention.ts';

describe('[RETENTION] personal data leaves on time', () => {
  let database: TestDatabase;
  let locationId: string;
  beforeAll(async () => {
    database = await createTestDatabase({ shipped: true });
    const [location] = await database.query<{ id: string }>(
      `INSERT INTO reception_locations (name, longitude, latitude, municipality_code, placement, kind, building_type, capacity, status, status_since, is_public)
       VALUES ('Voorbeeldlocatie bewaartermijn', 5.12, 52.09, 'GM0344', 'entered_unchecked', 'emergency', 'office', 10, 'idea', '2026-01-01', true)
       RETURNING id`,
    );
    locationId = location?.id ?? '';
  });
  afterAll(async () => {
    await database.dispose();
  });

  async function reactionWithEmail(email: string, releasedAt: string | null): Promise<void> {
    const [reaction] = await database.query<{ id: string }>(
      `INSERT INTO participation_reactions (location_id, kind, body, public_body, visibility, due_on)
       VALUES ($1, 'question', 'Een vraag', 'Een vraag', 'published', '2026-01-08') RETURNING id`,
      [locationId],
    );
    await database.query('INSERT INTO participation_reaction_emails (reaction_id, email, released_at) VALUES ($1, $2, $3)', [
      reaction?.id,
      email,
      releasedAt,
    ]);
  }

  it('deletes a reaction address 90 days after the answer, not a day earlier, and never an unanswered one', async () => {
    // "Now" is 30 June 2026, noon UTC: 90 days earlier is 1 April 2026, noon.
    await reactionWithEmail('te-oud@example.org', '2026-04-01T11:59:00Z');
    await reactionWithEmail('net-op-tijd@example.org', '2026-04-01T12:01:00Z');
    await reactionWithEmail('geen-antwoord@example.org', null);
    const result = await runRetention({ database, reactionEmailDays: 90, now: new Date('2026-06-30T12:00:00Z') });
    expect(result.reactionEmails).toBe(1);
    const left = await database.query<{ email: string }>('SELECT email FROM participation_reaction_emails ORDER BY email');
    expect(left.map((row) => row.email)).toEqual(['geen-antwoord@example.org', 'net-op-tijd@example.org']);
    // A shorter setting applies to addresses already kept.
    expect((await runRetention({ database, reactionEmailDays: 30, now: new Date('2026-06-30T12:00:00Z') })).reactionEmails).toBe(1);
    const trail = await database.query<{ changes: unknown }>(
      "SELECT changes FROM audit_log WHERE table_name = 'participation_reaction_emails' AND action = 'delete'",
    );
    expect(trail).toHaveLength(2);
    expect(JSON.stringify(trail)).not.toContain('example.org');
  });

  it('deletes subscriptions nobody confirmed once the link has expired, with their address', async () => {
    const [old] = await database.query<{ id: string }>(
      "INSERT INTO location_subscriptions (location_id, created_at) VALUES ($1, now() - interval '8 days') RETURNING id",
      [locationId],
    );
    const [recent] = await database.query<{ id: string }>(
      "INSERT INTO location_subscriptions (location_id, created_at) VALUES ($1, now() - interval '6 days') RETURNING id",
      [locationId],
    );
    await database.query(
      "INSERT INTO location_subscription_emails (subscription_id, location_id, email) VALUES ($1, $3, 'oud@example.org'), ($2, $3, 'nieuw@example.org')",
      [old?.id, recent?.id, locationId],
    );
    expect((await runRetention({ database, reactionEmailDays: 90 })).pendingSubscriptions).toBe(1);
    const left = await database.query<{ email: string }>('SELECT email FROM location_subscription_emails');
    expect(left).toEqual([{ email: 'nieuw@example.org' }]);
  });
});
