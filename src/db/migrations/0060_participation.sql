-- SPDX-License-Identifier: EUPL-1.2
-- Participation (opportunity 10 of the PCL advice): per reception location a public page with
-- announcements and residents' reactions that are moderated, answered and counted.
-- A reaction's e-mail address lives in its own table: never public, redacted in the audit trail,
-- and deleted a retention period after the answer (REGIETAFEL_REACTION_EMAIL_RETENTION_DAYS).
-- PostgreSQL 15 compatible.

-- How a location's page works: moderation before or after publication, the organisational
-- contact (an office, never a person's own address), and a plain summary of the weighing.
CREATE TABLE participation_settings (
  location_id uuid PRIMARY KEY REFERENCES reception_locations (id) ON DELETE CASCADE,
  moderation text NOT NULL DEFAULT 'before' CHECK (moderation IN ('before', 'after')),
  contact_name text CHECK (length(contact_name) BETWEEN 1 AND 200),
  contact_email text CHECK (length(contact_email) BETWEEN 3 AND 254),
  contact_phone text CHECK (length(contact_phone) BETWEEN 3 AND 40),
  contact_url text CHECK (length(contact_url) BETWEEN 8 AND 500),
  weighing_summary text CHECK (length(weighing_summary) BETWEEN 1 AND 4000),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER participation_settings_audit AFTER INSERT OR UPDATE OR DELETE ON participation_settings
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('location_id');

-- News from officials, newest first on the page; with meeting_at it is also an invitation.
CREATE TABLE participation_announcements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  location_id uuid NOT NULL REFERENCES reception_locations (id) ON DELETE CASCADE,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  meeting_at timestamptz,
  meeting_place text CHECK (length(meeting_place) BETWEEN 1 AND 300),
  published_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL
);
CREATE INDEX participation_announcements_location_idx ON participation_announcements (location_id, published_at DESC);
CREATE TRIGGER participation_announcements_audit AFTER INSERT OR UPDATE OR DELETE ON participation_announcements
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'body');

-- A resident's reaction. `body` is the text as sent; `public_body` has e-mail addresses and phone
-- numbers masked, and `contains_contact` flags them for the moderator. No client address is kept.
CREATE TABLE participation_reactions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  location_id uuid NOT NULL REFERENCES reception_locations (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('question', 'concern', 'idea', 'initiative', 'offer_of_help', 'support')),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  public_body text NOT NULL CHECK (length(public_body) BETWEEN 1 AND 2000),
  contains_contact boolean NOT NULL DEFAULT false,
  longitude double precision CHECK (longitude BETWEEN 3.2 AND 7.3),
  latitude double precision CHECK (latitude BETWEEN 50.7 AND 53.7),
  visibility text NOT NULL CHECK (visibility IN ('pending', 'published', 'hidden')),
  moderation_reason text CHECK (length(moderation_reason) BETWEEN 1 AND 500),
  moderated_by text,
  moderated_at timestamptz,
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'answered', 'forwarded', 'closed')),
  status_note text CHECK (length(status_note) BETWEEN 1 AND 500),
  theme text CHECK (length(theme) BETWEEN 1 AND 60),
  answer text CHECK (length(answer) BETWEEN 1 AND 5000),
  answered_by text,
  answered_at timestamptz,
  received_at timestamptz NOT NULL DEFAULT now(),
  -- Five Dutch working days after receipt (working-days.ts), fixed when the reaction arrives.
  due_on date NOT NULL,
  CONSTRAINT participation_reactions_spot_check CHECK ((longitude IS NULL) = (latitude IS NULL)),
  CONSTRAINT participation_reactions_answered_check CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX participation_reactions_location_idx ON participation_reactions (location_id, received_at DESC);
CREATE INDEX participation_reactions_queue_idx ON participation_reactions (visibility, received_at);
CREATE TRIGGER participation_reactions_audit AFTER INSERT OR UPDATE OR DELETE ON participation_reactions
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'body', 'public_body');

-- The address a resident left to receive the answer. released_at is set once the reaction is
-- answered or closed; the retention job deletes the row that many days later.
CREATE TABLE participation_reaction_emails (
  reaction_id uuid PRIMARY KEY REFERENCES participation_reactions (id) ON DELETE CASCADE,
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  released_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX participation_reaction_emails_released_idx ON participation_reaction_emails (released_at);
CREATE TRIGGER participation_reaction_emails_audit AFTER INSERT OR UPDATE OR DELETE ON participation_reaction_emails
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('reaction_id', 'email');
