-- SPDX-License-Identifier: EUPL-1.2
-- Placement proposals (docs/matching.md, "Proposals"): a province coordinator runs the placement
-- engine for a period; locks and forbidden pairs are kept per proposal; the last run's result is
-- stored whole (objective, bound, gap, prices, per-household explanation). An accepted proposal
-- is the plan and can no longer change. PostgreSQL 15 compatible.

CREATE TABLE match_proposals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES provinces (code),
  period text NOT NULL CHECK (period ~ '^[0-9]{4}-(I|II)$'),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'accepted')),
  -- Score weights used (labour, ties, care, dwelling), as given; the engine scales them to sum 1.
  weights jsonb NOT NULL,
  -- The last run; null before the first run.
  result jsonb,
  objective double precision,
  bound double precision,
  gap double precision,
  runs integer NOT NULL DEFAULT 0 CHECK (runs >= 0),
  -- True when locks or forbidden pairs changed after the last run: run again before accepting.
  stale boolean NOT NULL DEFAULT true,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  run_at timestamptz,
  accepted_by text,
  accepted_at timestamptz,
  CONSTRAINT match_proposals_accepted_check CHECK ((status = 'accepted') = (accepted_at IS NOT NULL))
);
CREATE INDEX match_proposals_province_idx ON match_proposals (province_code, period);

-- A lock pins a household to a municipality; a forbidden pair keeps it out of one.
CREATE TABLE match_proposal_pairs (
  proposal_id uuid NOT NULL REFERENCES match_proposals (id) ON DELETE CASCADE,
  household_id uuid NOT NULL REFERENCES households (id) ON DELETE CASCADE,
  municipality_code text NOT NULL REFERENCES municipalities (code),
  kind text NOT NULL CHECK (kind IN ('lock', 'forbid')),
  PRIMARY KEY (proposal_id, household_id, municipality_code)
);
CREATE UNIQUE INDEX match_proposal_pairs_one_lock_idx ON match_proposal_pairs (proposal_id, household_id) WHERE kind = 'lock';

-- An accepted plan is immutable: no update, no delete, no change of its pairs.
CREATE FUNCTION match_proposals_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'match_proposals' THEN
    IF OLD.status = 'accepted' THEN
      RAISE EXCEPTION 'match proposal % is accepted and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF EXISTS (SELECT 1 FROM match_proposals p WHERE p.status = 'accepted'
             AND p.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.proposal_id ELSE NEW.proposal_id END) THEN
    RAISE EXCEPTION 'the pairs of an accepted match proposal cannot change' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER match_proposals_immutable BEFORE UPDATE OR DELETE ON match_proposals
  FOR EACH ROW EXECUTE FUNCTION match_proposals_immutable();
CREATE TRIGGER match_proposal_pairs_immutable BEFORE INSERT OR UPDATE OR DELETE ON match_proposal_pairs
  FOR EACH ROW EXECUTE FUNCTION match_proposals_immutable();

-- The result holds household pseudonyms and is large: the trail records that it changed.
CREATE TRIGGER match_proposals_audit AFTER INSERT OR UPDATE OR DELETE ON match_proposals
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'result');
CREATE TRIGGER match_proposal_pairs_audit AFTER INSERT OR UPDATE OR DELETE ON match_proposal_pairs
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('proposal_id,household_id,municipality_code');
