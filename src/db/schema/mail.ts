// SPDX-License-Identifier: EUPL-1.2
/** Outgoing mail (migrations/0065_mail_outbox.sql): the outbox the mail worker sends from. */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One message to one recipient; `recipient` is NULL once anonymised after the retention period. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipient: text('recipient'),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    bodyHtml: text('body_html'),
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    purpose: text('purpose').notNull(),
    reference: text('reference'),
    status: text('status', { enum: ['queued', 'sending', 'sent', 'failed'] }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
  },
  (t) => [
    check('mail_outbox_purpose_check', sql`length(${t.purpose}) BETWEEN 1 AND 64`),
    check('mail_outbox_status_check', sql`${t.status} IN ('queued', 'sending', 'sent', 'failed')`),
    check('mail_outbox_attempts_check', sql`${t.attempts} >= 0`),
    check('mail_outbox_check', sql`${t.recipient} IS NOT NULL OR ${t.anonymisedAt} IS NOT NULL`),
    index('mail_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'queued'`),
    index('mail_outbox_sent_idx').on(t.sentAt).where(sql`${t.anonymisedAt} IS NULL`),
  ],
);
