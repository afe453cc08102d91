-- SPDX-License-Identifier: EUPL-1.2
-- Score matrices from an external predictive model (docs/matching.md, "Imported scores"): a
-- province coordinator imports, for one proposal, a score per household × municipality (empty =
-- forbidden); the proposal's runs then use it instead of the formula and name its source. One
-- matrix per proposal; importing again replaces it. PostgreSQL 15 compatible.

CREATE TABLE match_score_matrices (
  proposal_id uuid PRIMARY KEY REFERENCES match_proposals (id) ON DELETE CASCADE,
  -- Which model, version and date the scores come from, as the importer named it.
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
  file_name text NOT NULL,
  -- Number of pairs in the file (scored and forbidden).
  pairs integer NOT NULL CHECK (pairs >= 0),
  -- {"<household id>": {"GM0344": 0.41, "GM0307": null}, ...}; null = forbidden.
  scores jsonb NOT NULL,
  imported_by text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);

-- The matrix of an accepted plan cannot change (same rule as the proposal's pairs).
CREATE TRIGGER match_score_matrices_immutable BEFORE INSERT OR UPDATE OR DELETE ON match_score_matrices
  FOR EACH ROW EXECUTE FUNCTION match_proposals_immutable();

-- The scores are large and keyed by household: the trail records that they changed, and the source.
CREATE TRIGGER match_score_matrices_audit AFTER INSERT OR UPDATE OR DELETE ON match_score_matrices
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('proposal_id', 'scores');
