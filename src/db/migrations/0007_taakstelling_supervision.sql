-- SPDX-License-Identifier: EUPL-1.2
-- Supervision (interbestuurlijk toezicht) of the taakstelling: each municipality's step on the
-- province's intervention ladder as dated transitions, and the thresholds a province sets for
-- the system's proposals. PostgreSQL 15 compatible.

-- One decision of the province: a municipality moves to (or stays at) a step of the ladder.
-- The current step is the latest transition; without any the municipality is on track.
CREATE TABLE supervision_transitions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code text NOT NULL REFERENCES municipalities (code),
  from_step text NOT NULL,
  to_step text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  -- Who decided: the audit actor (person:<id> or token:<id>); no name is copied here.
  decided_by text NOT NULL,
  rationale text NOT NULL,
  next_deadline date,
  -- What the system proposed when the decision was taken, from the figures of this period.
  figures_period text CHECK (figures_period ~ '^[0-9]{4}-(I|II)$'),
  proposed_step text,
  proposal_reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
  CONSTRAINT supervision_transitions_from_step_check CHECK (from_step IN ('op_koers', 'signaal', 'bestuurlijk_gesprek',
    'schriftelijke_waarschuwing', 'besluit_indeplaatsstelling', 'uitvoering_indeplaatsstelling')),
  CONSTRAINT supervision_transitions_to_step_check CHECK (to_step IN ('op_koers', 'signaal', 'bestuurlijk_gesprek',
    'schriftelijke_waarschuwing', 'besluit_indeplaatsstelling', 'uitvoering_indeplaatsstelling')),
  CONSTRAINT supervision_transitions_proposed_step_check CHECK (proposed_step IN ('op_koers', 'signaal', 'bestuurlijk_gesprek',
    'schriftelijke_waarschuwing', 'besluit_indeplaatsstelling', 'uitvoering_indeplaatsstelling')),
  CONSTRAINT supervision_transitions_rationale_check CHECK (length(rationale) BETWEEN 10 AND 4000)
);
CREATE INDEX supervision_transitions_municipality_idx ON supervision_transitions (municipality_code, decided_at);
CREATE TRIGGER supervision_transitions_audit AFTER INSERT OR UPDATE OR DELETE ON supervision_transitions
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id');

-- A province's thresholds for the proposals (domain/ladder.ts); without a row the defaults apply.
CREATE TABLE supervision_thresholds (
  province_code text PRIMARY KEY REFERENCES provinces (code),
  signal_shortfall double precision NOT NULL CHECK (signal_shortfall >= 0 AND signal_shortfall <= 1),
  talk_backlog_share double precision NOT NULL CHECK (talk_backlog_share >= 0 AND talk_backlog_share <= 10),
  warning_periods integer NOT NULL CHECK (warning_periods BETWEEN 1 AND 20),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL
);
CREATE TRIGGER supervision_thresholds_audit AFTER INSERT OR UPDATE OR DELETE ON supervision_thresholds
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('province_code');
