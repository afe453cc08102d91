// SPDX-License-Identifier: EUPL-1.2
/** What may go into the outbox: checked before a row is written, so the worker never meets bad mail. */
import { z } from 'zod';

/** One line: no CR or LF, so nobody can add headers through a subject or an address. */
const headerValue = z.string().regex(/^[^\r\n]*$/, 'must be one line');

export const outboxMailSchema = z.object({
  /** The recipient's address. */
  to: z.email().max(254),
  /** Subject line (one line). */
  subject: headerValue.min(1).max(200),
  /** Plain-text body; every mail has one. */
  text: z.string().min(1).max(20_000),
  /** Optional HTML body; callers escape user text in it. */
  html: z.string().max(60_000).optional(),
  /** Why the mail is sent, e.g. `reaction_answer`. */
  purpose: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'lower-case letters, digits and _'),
  /** The record the mail is about, e.g. a reaction id. */
  reference: z.string().max(200).optional(),
  /** Extra headers such as List-Unsubscribe; names are letters, digits and dashes. */
  headers: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/), headerValue.max(2000)).optional(),
});
export type OutboxMail = z.infer<typeof outboxMailSchema>;
