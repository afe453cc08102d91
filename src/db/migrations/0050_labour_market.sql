-- SPDX-License-Identifier: EUPL-1.2
-- Inputs of the placement scores (docs/matching.md, "Scores"): labour-market regions and their
-- municipalities, shortage indicators per region × ISCO major group, what a municipality entered
-- about care and available homes, and the few attributes of a household the match uses.
-- PostgreSQL 15 compatible.

-- Labour-market regions (arbeidsmarktregio's). Imported, never derived: the real classification
-- is published by the government; an invented demonstration set is marked is_example.
CREATE TABLE labour_market_regions (
  code text PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  is_example boolean NOT NULL,
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
  CONSTRAINT labour_market_regions_code_check CHECK (code ~ '^[A-Za-z0-9_-]{1,20}$')
);
CREATE TRIGGER labour_market_regions_audit AFTER INSERT OR UPDATE OR DELETE ON labour_market_regions
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('code');

-- Each municipality belongs to at most one labour-market region.
CREATE TABLE labour_market_region_members (
  municipality_code text PRIMARY KEY REFERENCES municipalities (code),
  region_code text NOT NULL REFERENCES labour_market_regions (code) ON DELETE CASCADE
);
CREATE INDEX labour_market_region_members_region_idx ON labour_market_region_members (region_code);
CREATE TRIGGER labour_market_region_members_audit AFTER INSERT OR UPDATE OR DELETE ON labour_market_region_members
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('municipality_code');

-- Shortage (krapte) per region × ISCO-08 major group (0-9): 0 = many job seekers per vacancy,
-- 1 = very tight. Whatever scale the source uses is converted to this range on import.
CREATE TABLE labour_market_shortages (
  region_code text NOT NULL REFERENCES labour_market_regions (code) ON DELETE CASCADE,
  isco_major_group smallint NOT NULL CHECK (isco_major_group BETWEEN 0 AND 9),
  shortage double precision NOT NULL CHECK (shortage >= 0 AND shortage <= 1),
  reference_date date NOT NULL,
  is_example boolean NOT NULL,
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
  PRIMARY KEY (region_code, isco_major_group)
);
CREATE TRIGGER labour_market_shortages_audit AFTER INSERT OR UPDATE OR DELETE ON labour_market_shortages
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('region_code,isco_major_group');

-- Entered by the municipality or its province: is specialised care available, and how many homes
-- are available by size. Null = not entered: the score's term is then neutral, never a guess.
CREATE TABLE municipality_match_inputs (
  municipality_code text PRIMARY KEY REFERENCES municipalities (code),
  care_available boolean,
  homes_small integer CHECK (homes_small >= 0),
  homes_medium integer CHECK (homes_medium >= 0),
  homes_large integer CHECK (homes_large >= 0),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER municipality_match_inputs_audit AFTER INSERT OR UPDATE OR DELETE ON municipality_match_inputs
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('municipality_code');

-- What the match uses of a household, and nothing more: work experience as an ISCO-08 major
-- group, a municipality with family ties, and whether it needs care nearby. The tie and the care
-- need are sensitive: the trail records that they changed, never their values.
CREATE TABLE household_match_profiles (
  household_id uuid PRIMARY KEY REFERENCES households (id) ON DELETE CASCADE,
  isco_major_group smallint CHECK (isco_major_group BETWEEN 0 AND 9),
  tie_municipality_code text REFERENCES municipalities (code),
  care_need boolean NOT NULL DEFAULT false
);
CREATE TRIGGER household_match_profiles_audit AFTER INSERT OR UPDATE OR DELETE ON household_match_profiles
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('household_id', 'tie_municipality_code', 'care_need');
