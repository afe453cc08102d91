-- SPDX-License-Identifier: EUPL-1.2
-- The activities board: sport, culture, nature, language cafés and buddy schemes that newcomers
-- can join, posted by residents and organisations and published only after moderation.
-- The organiser's contact is an organisation's address and is public once published; the text a
-- person typed (description) and that address are redacted in the audit trail all the same.

CREATE TABLE activities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('sport', 'culture', 'nature', 'language_cafe', 'buddies')),
  title text NOT NULL CHECK (length(title) BETWEEN 3 AND 120),
  description text NOT NULL CHECK (length(description) BETWEEN 10 AND 2000),
  -- The description with e-mail addresses and phone numbers masked: what the board shows.
  public_description text NOT NULL CHECK (length(public_description) BETWEEN 1 AND 2000),
  contains_contact boolean NOT NULL DEFAULT false,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz,
  -- Free text such as "elke dinsdag" for a recurring activity.
  schedule text CHECK (length(schedule) BETWEEN 1 AND 200),
  place text NOT NULL CHECK (length(place) BETWEEN 2 AND 300),
  municipality_code text NOT NULL REFERENCES municipalities (code),
  location_id uuid REFERENCES reception_locations (id) ON DELETE SET NULL,
  organiser_name text NOT NULL CHECK (length(organiser_name) BETWEEN 2 AND 200),
  organiser_email text NOT NULL CHECK (length(organiser_email) BETWEEN 3 AND 254),
  organiser_url text CHECK (length(organiser_url) BETWEEN 8 AND 500),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'published', 'rejected')),
  moderation_reason text CHECK (length(moderation_reason) BETWEEN 1 AND 500),
  moderated_by text,
  moderated_at timestamptz,
  -- 'public' for the form without an account, or the actor of a signed-in person.
  submitted_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at IS NULL OR ends_at >= starts_at),
  CHECK ((status = 'pending') = (moderated_at IS NULL))
);
CREATE INDEX activities_board_idx ON activities (status, starts_at);
CREATE INDEX activities_queue_idx ON activities (status, created_at) WHERE status = 'pending';
CREATE TRIGGER activities_audit AFTER INSERT OR UPDATE OR DELETE ON activities
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'description', 'public_description', 'organiser_email');
