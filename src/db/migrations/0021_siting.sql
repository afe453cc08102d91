-- SPDX-License-Identifier: EUPL-1.2
-- Siting (opportunities 5 and 9 of the PCL advice): the COA cost reference, facility layers for
-- distances, and the open multi-criteria weighing: scenarios with their criteria and weights, the
-- candidate locations, and the values entered per candidate with where they came from.
-- PostgreSQL 15 compatible.

-- Reference cost of reception per resident per year (COA), loaded with its source.
CREATE TABLE reception_cost_references (
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  reception_kind text NOT NULL CHECK (reception_kind IN ('regular', 'emergency')),
  eur_per_resident_per_year integer NOT NULL CHECK (eur_per_resident_per_year > 0),
  source_id text NOT NULL REFERENCES sources (id),
  quotation text NOT NULL,
  PRIMARY KEY (year, reception_kind)
);
CREATE TRIGGER reception_cost_references_audit AFTER INSERT OR UPDATE OR DELETE ON reception_cost_references
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('year,reception_kind');

-- A layer of facility points (supermarkets, schools, GPs, stations ...) imported from a file.
-- A layer covers the whole country or only the listed municipalities: outside its coverage a
-- distance to it would mislead (a supermarket layer of one city says nothing about the next).
CREATE TABLE facility_layers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('supermarket', 'primary_school', 'gp', 'station', 'work', 'education', 'other')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  source_id text NOT NULL REFERENCES sources (id),
  coverage_municipalities text[],
  file_name text NOT NULL,
  feature_count integer NOT NULL CHECK (feature_count >= 0),
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by text NOT NULL
);
CREATE TRIGGER facility_layers_audit AFTER INSERT OR UPDATE OR DELETE ON facility_layers
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id');

CREATE TABLE facilities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  layer_id uuid NOT NULL REFERENCES facility_layers (id) ON DELETE CASCADE,
  feature_index integer NOT NULL CHECK (feature_index >= 0),
  name text,
  longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  properties jsonb NOT NULL DEFAULT '{}'::jsonb,
  CONSTRAINT facilities_feature_key UNIQUE (layer_id, feature_index)
);
CREATE TRIGGER facilities_audit AFTER INSERT OR UPDATE OR DELETE ON facilities
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'properties');

-- A weighing: the candidates of a province (optionally for one municipality) under one set of
-- criteria and weights. The seed makes the sensitivity draws reproducible.
CREATE TABLE siting_scenarios (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text CHECK (length(description) BETWEEN 1 AND 4000),
  province_code text NOT NULL REFERENCES provinces (code),
  municipality_code text REFERENCES municipalities (code),
  reference_date date NOT NULL,
  seed bigint NOT NULL CHECK (seed >= 0 AND seed <= 4294967295),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX siting_scenarios_scope_idx ON siting_scenarios (province_code, municipality_code);
CREATE TRIGGER siting_scenarios_audit AFTER INSERT OR UPDATE OR DELETE ON siting_scenarios
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id');

-- One criterion of a scenario: its weight, direction, how its values are measured, and why.
CREATE TABLE siting_criteria (
  scenario_id uuid NOT NULL REFERENCES siting_scenarios (id) ON DELETE CASCADE,
  criterion_id text NOT NULL CHECK (criterion_id ~ '^[a-z][a-z0-9_]{0,39}$'),
  position integer NOT NULL CHECK (position >= 0),
  label_nl text NOT NULL CHECK (length(label_nl) BETWEEN 1 AND 200),
  label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 200),
  direction text NOT NULL CHECK (direction IN ('benefit', 'cost')),
  weight double precision NOT NULL CHECK (weight >= 0 AND weight <= 1000),
  measure text NOT NULL CHECK (measure IN (
    'size_curve', 'population_density', 'facility_distance', 'cost_per_place', 'time_to_realise', 'entered')),
  facility_kind text CHECK (facility_kind IN ('supermarket', 'primary_school', 'gp', 'station', 'work', 'education', 'other')),
  unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 100),
  rationale_nl text NOT NULL CHECK (length(rationale_nl) BETWEEN 1 AND 4000),
  rationale_en text NOT NULL CHECK (length(rationale_en) BETWEEN 1 AND 4000),
  data_source text NOT NULL CHECK (length(data_source) BETWEEN 1 AND 1000),
  PRIMARY KEY (scenario_id, criterion_id),
  CONSTRAINT siting_criteria_facility_check CHECK ((measure = 'facility_distance') = (facility_kind IS NOT NULL))
);
CREATE TRIGGER siting_criteria_audit AFTER INSERT OR UPDATE OR DELETE ON siting_criteria
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('scenario_id,criterion_id');

-- A registered location taking part in a weighing.
CREATE TABLE siting_candidates (
  scenario_id uuid NOT NULL REFERENCES siting_scenarios (id) ON DELETE CASCADE,
  location_id uuid NOT NULL REFERENCES reception_locations (id) ON DELETE CASCADE,
  added_by text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scenario_id, location_id)
);
CREATE TRIGGER siting_candidates_audit AFTER INSERT OR UPDATE OR DELETE ON siting_candidates
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('scenario_id,location_id');

-- A value entered (or imported) for one candidate and criterion; it wins over a derived value.
CREATE TABLE siting_values (
  scenario_id uuid NOT NULL,
  location_id uuid NOT NULL,
  criterion_id text NOT NULL,
  value double precision NOT NULL CHECK (value >= -1e12 AND value <= 1e12),
  -- Where the value comes from, in words (e.g. "BAG count by the municipality, March 2016").
  source text NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
  note text CHECK (length(note) BETWEEN 1 AND 1000),
  entered_by text NOT NULL,
  entered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scenario_id, location_id, criterion_id),
  FOREIGN KEY (scenario_id, location_id) REFERENCES siting_candidates (scenario_id, location_id) ON DELETE CASCADE,
  FOREIGN KEY (scenario_id, criterion_id) REFERENCES siting_criteria (scenario_id, criterion_id) ON DELETE CASCADE
);
CREATE TRIGGER siting_values_audit AFTER INSERT OR UPDATE OR DELETE ON siting_values
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('scenario_id,location_id,criterion_id');
