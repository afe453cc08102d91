-- SPDX-License-Identifier: EUPL-1.2
-- Taakstelling: the national half-year housing task for vergunninghouders, the population
-- reference date used to distribute it, and official per-municipality tables that override the
-- computed distribution. PostgreSQL 15 compatible.

-- One row per half-year period ("2024-I"), only for periods whose figure has a source.
CREATE TABLE national_tasks (
  period text PRIMARY KEY CHECK (period ~ '^[0-9]{4}-(I|II)$'),
  task integer NOT NULL CHECK (task >= 0),
  -- Backlog of earlier periods carried into this one, nationally, when the source states it.
  backlog_in integer CHECK (backlog_in >= 0),
  status text NOT NULL,
  -- Population peildatum for the distribution; NULL = the latest CBS 1 January on or before
  -- the period's first day.
  population_reference_date date,
  source_id text NOT NULL REFERENCES sources (id),
  quotation text
);
CREATE TRIGGER national_tasks_audit AFTER INSERT OR UPDATE OR DELETE ON national_tasks
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('period');

-- An official per-municipality table for a period (e.g. published by the State); it overrides
-- the computed distribution for that period, and the UI shows where the two differ.
CREATE TABLE official_municipal_tasks (
  period text NOT NULL CHECK (period ~ '^[0-9]{4}-(I|II)$'),
  municipality_code text NOT NULL REFERENCES municipalities (code),
  task integer NOT NULL CHECK (task >= 0),
  task_including_backlog integer CHECK (task_including_backlog >= 0),
  source_id text NOT NULL REFERENCES sources (id),
  PRIMARY KEY (period, municipality_code)
);
CREATE TRIGGER official_municipal_tasks_audit AFTER INSERT OR UPDATE OR DELETE ON official_municipal_tasks
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('period,municipality_code');
