-- SPDX-License-Identifier: EUPL-1.2
-- Outgoing mail: every message is first a row here, written in the same transaction as the change
-- that causes it (an answer, a subscription), and sent later by the mail worker (modules/mail).
-- The recipient and the message text are personal: the audit trail records only that they changed,
-- and the worker empties them once the retention period after sending has passed.

CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- NULL once anonymised after the retention period.
  recipient text,
  subject text NOT NULL,
  body_text text NOT NULL,
  body_html text,
  -- Extra headers such as List-Unsubscribe (they hold single-use links, so they are redacted too).
  headers jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Why the mail exists: 'reaction_answer', 'subscription_confirm', 'subscription_notice', ...
  purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 64),
  -- The record it is about (e.g. a reaction id), for tracing without reading the text.
  reference text,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  claimed_at timestamptz,
  -- The SMTP error code and a message with any address masked; never personal data.
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  anonymised_at timestamptz,
  CHECK (recipient IS NOT NULL OR anonymised_at IS NOT NULL)
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'queued';
CREATE INDEX mail_outbox_sent_idx ON mail_outbox (sent_at) WHERE anonymised_at IS NULL;

CREATE TRIGGER mail_outbox_audit AFTER INSERT OR UPDATE OR DELETE ON mail_outbox
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'recipient', 'subject', 'body_text', 'body_html', 'headers');
