// SPDX-License-Identifier: EUPL-1.2
/**
 * The one way to send mail: a row in the outbox, written inside the caller's transaction. The mail
 * goes out only if that transaction commits, and a failing SMTP server never fails the caller's
 * request: the worker (send-pending-mail.ts) sends and retries later.
 */
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { outboxMailSchema } from './mail.schema.ts';
import { insertOutboxMail } from './mail.repository.ts';

export type EnqueueMailOptions = {
  /** The caller's open transaction (from inTransaction), so the mail and the change commit together. */
  tx: Executor;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Why the mail is sent, e.g. `reaction_answer` (lower-case letters, digits, _). */
  purpose: string;
  /** The record it is about, e.g. a reaction id. */
  reference?: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post. */
  headers?: Record<string, string>;
};

/** Queues one mail; throws AppError VALIDATION_FAILED (naming the field) for a bad address or header. */
export async function enqueueMail(options: EnqueueMailOptions): Promise<void> {
  const { tx, ...fields } = options;
  const parsed = outboxMailSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'mail');
    throw new AppError('VALIDATION_FAILED', `Mail not queued: ${field} ${issue?.message ?? 'is invalid'}.`, {
      field,
    });
  }
  const mail = parsed.data;
  await insertOutboxMail(tx, {
    recipient: mail.to,
    subject: mail.subject,
    bodyText: mail.text,
    bodyHtml: mail.html ?? null,
    headers: mail.headers ?? {},
    purpose: mail.purpose,
    reference: mail.reference ?? null,
  });
}
