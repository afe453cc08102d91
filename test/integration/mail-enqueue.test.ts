// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { enqueueMail } from '../../src/modules/mail/enqueue-mail.ts';
import { isAppError } from '../../src/shared/errors.ts';

describe('[MAIL] enqueueMail, the contract with the participation module', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.dispose();
  });

  it('queues a row in the caller transaction; the audit trail does not hold the address or text', async () => {
    await inTransaction(database.db, 'system:test', async (tx) => {
      await enqueueMail({
        tx,
        to: 'bewoner@example.org',
        subject: 'Antwoord op uw vraag',
        text: 'Hier is het antwoord.',
        purpose: 'reaction_answer',
        reference: 'reaction-1',
      });
    });
    const rows = await database.query<{ recipient: string; status: string; attempts: number; purpose: string }>(
      'SELECT recipient, status, attempts, purpose FROM mail_outbox',
    );
    expect(rows).toEqual([{ recipient: 'bewoner@example.org', status: 'queued', attempts: 0, purpose: 'reaction_answer' }]);
    const trail = await database.query<{ changes: unknown }>(
      "SELECT changes FROM audit_log WHERE table_name = 'mail_outbox'",
    );
    expect(trail).toHaveLength(1);
    expect(JSON.stringify(trail[0]?.changes)).not.toMatch(/bewoner@example\.org|Hier is het antwoord/);
    expect(JSON.stringify(trail[0]?.changes)).toContain('reaction_answer');
  });

  it('writes nothing when the caller transaction rolls back', async () => {
    await expect(
      inTransaction(database.db, 'system:test', async (tx) => {
        await enqueueMail({ tx, to: 'a@example.org', subject: 'x', text: 'y', purpose: 'test' });
        throw new Error('caller fails later');
      }),
    ).rejects.toThrow('caller fails later');
    const [row] = await database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = 'a@example.org'",
    );
    expect(row?.n).toBe(0);
  });

  it.each([
    ['to', { to: 'not an address' }],
    ['subject', { subject: 'two\r\nBcc: x@example.org' }],
    ['purpose', { purpose: 'Has Spaces' }],
    ['headers', { headers: { 'List-Unsubscribe': '<https://x>\r\nBcc: y@example.org' } }],
  ])('refuses a bad %s with VALIDATION_FAILED naming the field', async (field, override) => {
    const attempt = inTransaction(database.db, 'system:test', async (tx) => {
      await enqueueMail({ tx, to: 'b@example.org', subject: 's', text: 't', purpose: 'test', ...override });
    });
    await expect(attempt).rejects.toSatisfy((error) => isAppError(error, 'VALIDATION_FAILED') && error.field === field);
  });
});
