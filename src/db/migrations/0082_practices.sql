-- SPDX-License-Identifier: EUPL-1.2
-- Practice library (issue 8): experiences municipalities share (what they did, the result, the
-- lessons, an organisational contact), tagged by theme and linked to locations or projects, with
-- Dutch full-text search. PostgreSQL 15 compatible.

CREATE TABLE practices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code text NOT NULL REFERENCES municipalities (code),
  title text NOT NULL,
  what_we_did text NOT NULL,
  result text NOT NULL DEFAULT '',
  lessons text NOT NULL DEFAULT '',
  -- An organisational contact (a team or a general mailbox), never a private person.
  contact text NOT NULL,
  themes text[] NOT NULL DEFAULT '{}',
  location_id uuid REFERENCES reception_locations (id),
  project_reference text,
  published_by text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('dutch', coalesce(what_we_did, '') || ' ' || coalesce(result, '') || ' ' || coalesce(lessons, '')), 'B')
  ) STORED,
  CONSTRAINT practices_title_check CHECK (length(title) BETWEEN 1 AND 200),
  CONSTRAINT practices_text_check CHECK (length(what_we_did) BETWEEN 1 AND 8000 AND length(result) <= 8000 AND length(lessons) <= 8000),
  CONSTRAINT practices_contact_check CHECK (length(contact) BETWEEN 1 AND 200),
  CONSTRAINT practices_themes_check CHECK (
    themes <@ ARRAY['reception', 'housing', 'language', 'education', 'work', 'participation', 'health', 'residents', 'finance']::text[]
  )
);
CREATE INDEX practices_search_idx ON practices USING gin (search);
CREATE INDEX practices_themes_idx ON practices USING gin (themes);
CREATE TRIGGER practices_audit AFTER INSERT OR UPDATE OR DELETE ON practices
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'what_we_did', 'result', 'lessons', 'search');
