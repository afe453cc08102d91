-- SPDX-License-Identifier: EUPL-1.2
-- Reception-place targets (opportunity 1 of the PCL advice): safety regions and their member
-- municipalities as entered by a coordinator (there is no shipped membership list), targets per
-- safety region, province and municipality, and realised place counts entered until the
-- locations register exists. The targets the PCL advice itself states (500 emergency places per
-- safety region, 2,500 structural per province, about 3,000 for Utrecht) are not stored here: the
-- application shows them with the advice as source (reception-targets/advice-targets.ts), so a
-- fresh database stays empty (a restore needs that). PostgreSQL 15 compatible.

CREATE TABLE safety_regions (
  code text PRIMARY KEY CHECK (code ~ '^VR[0-9]{2}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  province_code text NOT NULL REFERENCES provinces (code),
  -- Where the region and its membership come from (entered with the region).
  source_id text NOT NULL REFERENCES sources (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER safety_regions_audit AFTER INSERT OR UPDATE OR DELETE ON safety_regions
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('code');

CREATE TABLE safety_region_members (
  safety_region_code text NOT NULL REFERENCES safety_regions (code) ON DELETE CASCADE,
  municipality_code text NOT NULL REFERENCES municipalities (code),
  PRIMARY KEY (safety_region_code, municipality_code),
  -- A municipality belongs to one safety region.
  CONSTRAINT safety_region_members_municipality_key UNIQUE (municipality_code)
);
CREATE TRIGGER safety_region_members_audit AFTER INSERT OR UPDATE OR DELETE ON safety_region_members
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('safety_region_code,municipality_code');

-- A target number of reception places for a safety region, a province or a municipality.
CREATE TABLE reception_targets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scope_kind text NOT NULL CHECK (scope_kind IN ('safety_region', 'province', 'municipality')),
  scope_code text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('emergency', 'structural', 'total')),
  places integer NOT NULL CHECK (places >= 0 AND places <= 1000000),
  -- True when the source gives the figure as an approximation ("about 3,000").
  approximate boolean NOT NULL DEFAULT false,
  period_label text NOT NULL CHECK (length(period_label) BETWEEN 1 AND 100),
  due_date date,
  -- For a municipal target distributed from another target: that target, and the computation.
  parent_target_id uuid REFERENCES reception_targets (id) ON DELETE CASCADE,
  derivation text,
  source_id text NOT NULL REFERENCES sources (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT reception_targets_scope_code_check CHECK (
    (scope_kind = 'safety_region' AND scope_code ~ '^VR[0-9]{2}$')
    OR (scope_kind = 'province' AND scope_code ~ '^PV[0-9]{2}$')
    OR (scope_kind = 'municipality' AND scope_code ~ '^GM[0-9]{4}$')
  )
);
CREATE INDEX reception_targets_scope_idx ON reception_targets (scope_kind, scope_code);
CREATE TRIGGER reception_targets_audit AFTER INSERT OR UPDATE OR DELETE ON reception_targets
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id');

-- Realised reception places counted at one location on a date (entered until the locations
-- register of issue 4 supplies them). Progress sums the latest count of each location.
CREATE TABLE reception_place_counts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code text NOT NULL REFERENCES municipalities (code),
  kind text NOT NULL CHECK (kind IN ('emergency', 'structural')),
  location_reference text NOT NULL CHECK (length(location_reference) BETWEEN 1 AND 200),
  counted_on date NOT NULL,
  places integer NOT NULL CHECK (places >= 0 AND places <= 100000),
  source_reference text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reception_place_counts_municipality_idx ON reception_place_counts (municipality_code, kind, location_reference, counted_on);
CREATE TRIGGER reception_place_counts_audit AFTER INSERT OR UPDATE OR DELETE ON reception_place_counts
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id');
