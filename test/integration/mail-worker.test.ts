// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import { startSmtpServer, type LocalSmtpServer } from '../../e2e/fixtures/smtp.ts';
import { loadConfig } from '../../src/config/env.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { enqueueMail } from '../../src/modules/mail/enqueue-mail.ts';
import { runMailOnce } from '../../src/modules/mail/mail-worker.ts';
import { retryDelaySeconds } from '../../src/modules/mail/send-pending-mail.ts';

const log = { info: () => undefined, warn: () => undefined };

type OutboxRow = { status: string; attempts: number; last_error: string | null; recipient: string | null; due_in: number };

describe('[MAIL] the worker sends the outbox through a real SMTP server', () => {
  let database: TestDatabase;
  let smtp: LocalSmtpServer;
  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp.stop();
    await database.dispose();
  });
  beforeEach(async () => {
    await inTransaction(database.db, 'system:test', (tx) => tx.execute('DELETE FROM mail_outbox'));
    smtp.mails.length = 0;
  });

  const config = () => loadConfig({ ...smtp.env, REGIETAFEL_MAIL_FROM: 'Regietafel <noreply@regietafel.test>' });
  const rows = () =>
    database.query<OutboxRow>(
      `SELECT status, attempts, last_error, recipient,
              round(extract(epoch FROM next_attempt_at - now()))::int AS due_in FROM mail_outbox`,
    );

  async function queue(to: string): Promise<void> {
    await inTransaction(database.db, 'system:test', (tx) =>
      enqueueMail({
        tx,
        to,
        subject: 'Antwoord op uw vraag over de opvang',
        text: 'Beste bewoner,\n\nDe gemeente heeft uw vraag beantwoord: één antwoord.',
        html: '<p>Beste bewoner,</p>',
        purpose: 'reaction_answer',
        reference: 'reaction-1',
        headers: { 'List-Unsubscribe': '<https://regietafel.test/u/abc>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      }),
    );
  }

  it('delivers a queued mail with its subject, body and headers, and marks it sent', async () => {
    await queue('bewoner@example.org');
    const round = await runMailOnce({ database, mail: config().mail, log });
    expect(round).toMatchObject({ sent: 1, retried: 0, failed: 0, disabled: false });
    const mail = await smtp.waitForMail((m) => m.to.includes('bewoner@example.org'));
    expect(mail.from).toBe('noreply@regietafel.test');
    expect(mail.subject).toBe('Antwoord op uw vraag over de opvang');
    expect(mail.text).toContain('één antwoord');
    expect(mail.headers['list-unsubscribe']).toBe('<https://regietafel.test/u/abc>');
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(await rows()).toMatchObject([{ status: 'sent', attempts: 1, last_error: null }]);
  });

  it('puts a refused mail back with a backoff and no address in the error, then sends it', async () => {
    await queue('weigering@example.org');
    smtp.refuseNext(1);
    expect(await runMailOnce({ database, mail: config().mail, log })).toMatchObject({ sent: 0, retried: 1 });
    const [refused] = await rows();
    expect(refused).toMatchObject({ status: 'queued', attempts: 1 });
    expect(refused?.last_error).toMatch(/451/);
    expect(refused?.last_error).not.toContain('weigering@example.org');
    expect(refused?.due_in).toBeGreaterThan(50);
    // Not due yet: a second round sends nothing.
    expect(await runMailOnce({ database, mail: config().mail, log })).toMatchObject({ sent: 0, retried: 0 });
    await database.query("UPDATE mail_outbox SET next_attempt_at = now() - interval '1 second'");
    expect(await runMailOnce({ database, mail: config().mail, log })).toMatchObject({ sent: 1 });
    expect(smtp.mails).toHaveLength(1);
    expect(await rows()).toMatchObject([{ status: 'sent', attempts: 2 }]);
  });

  it('gives up after the last attempt', async () => {
    await queue('nooit@example.org');
    await database.query('UPDATE mail_outbox SET attempts = 7');
    smtp.refuseNext(1);
    expect(await runMailOnce({ database, mail: config().mail, log })).toMatchObject({ failed: 1 });
    expect(await rows()).toMatchObject([{ status: 'failed', attempts: 8 }]);
  });

  it('leaves mail queued when no SMTP server is configured', async () => {
    await queue('wacht@example.org');
    expect(await runMailOnce({ database, mail: loadConfig({}).mail, log })).toMatchObject({ disabled: true, sent: 0 });
    expect(await rows()).toMatchObject([{ status: 'queued', attempts: 0 }]);
  });

  it('erases recipient and text of mail sent longer ago than the retention period', async () => {
    await queue('oud@example.org');
    await queue('nieuw@example.org');
    await runMailOnce({ database, mail: config().mail, log });
    await database.query(
      "UPDATE mail_outbox SET sent_at = now() - interval '31 days' WHERE recipient = 'oud@example.org'",
    );
    expect(await runMailOnce({ database, mail: config().mail, log })).toMatchObject({ anonymised: 1 });
    const left = await database.query<{ recipient: string | null; body_text: string }>(
      'SELECT recipient, body_text FROM mail_outbox ORDER BY recipient NULLS FIRST',
    );
    expect(left).toEqual([
      { recipient: null, body_text: '' },
      { recipient: 'nieuw@example.org', body_text: expect.stringContaining('Beste bewoner') },
    ]);
  });

  it('backs off exponentially up to six hours', () => {
    expect([1, 2, 3, 10, 20].map(retryDelaySeconds)).toEqual([60, 120, 240, 21_600, 21_600]);
  });
});
