-- SPDX-License-Identifier: EUPL-1.2
-- Reception locations (opportunity 5 of the PCL advice): the register of candidate and active
-- locations, their dated lifecycle steps and their occupancy over time. Nothing here is personal:
-- addresses are those of buildings, owners and operators are organisations, and a decision names
-- the body that took it (e.g. "college van B&W"), not a person. PostgreSQL 15 compatible.

CREATE TABLE reception_locations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  address text CHECK (length(address) BETWEEN 1 AND 300),
  -- WGS84; the application refuses points outside the Netherlands, the box is a last guard.
  longitude double precision NOT NULL CHECK (longitude BETWEEN 3.2 AND 7.3),
  latitude double precision NOT NULL CHECK (latitude BETWEEN 50.7 AND 53.7),
  municipality_code text NOT NULL REFERENCES municipalities (code),
  -- How the municipality was established from the coordinates (location.schema.ts explains each).
  placement text NOT NULL CHECK (placement IN ('derived', 'checked', 'near_border', 'entered_unchecked')),
  -- The boundary used for the placement (kind municipality), when one was loaded.
  placement_boundary_year integer,
  placement_source_id text REFERENCES sources (id),
  kind text NOT NULL CHECK (kind IN ('emergency', 'structural', 'other')),
  building_type text NOT NULL CHECK (building_type IN (
    'office', 'school', 'church', 'sports_hall', 'pavilion', 'new_build', 'hotel', 'holiday_park',
    'barracks', 'container_homes', 'other')),
  capacity integer NOT NULL CHECK (capacity > 0 AND capacity <= 100000),
  planned_from date,
  planned_until date,
  owner text CHECK (length(owner) BETWEEN 1 AND 200),
  operator text CHECK (length(operator) BETWEEN 1 AND 200),
  one_off_cost_eur bigint CHECK (one_off_cost_eur >= 0 AND one_off_cost_eur <= 100000000000),
  yearly_cost_eur bigint CHECK (yearly_cost_eur >= 0 AND yearly_cost_eur <= 100000000000),
  -- Where the cost figures come from (a council proposal, a COA budget ...).
  cost_source text CHECK (length(cost_source) BETWEEN 1 AND 500),
  status text NOT NULL DEFAULT 'idea' CHECK (status IN (
    'idea', 'under_assessment', 'decided', 'preparing', 'open', 'closing', 'closed')),
  status_since date NOT NULL,
  decision text CHECK (decision IN ('yes', 'no')),
  decided_by text CHECK (length(decided_by) BETWEEN 1 AND 200),
  decided_on date,
  -- Ready for the residents' pages (issue 6): nothing is public until this is set.
  is_public boolean NOT NULL DEFAULT false,
  public_summary text CHECK (length(public_summary) BETWEEN 1 AND 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT reception_locations_planned_check CHECK (planned_until IS NULL OR planned_from IS NULL OR planned_until >= planned_from),
  CONSTRAINT reception_locations_decision_complete_check CHECK (
    (decision IS NULL AND decided_by IS NULL AND decided_on IS NULL)
    OR (decision IS NOT NULL AND decided_by IS NOT NULL AND decided_on IS NOT NULL)
  ),
  CONSTRAINT reception_locations_decided_check CHECK (
    status IN ('idea', 'under_assessment') OR decision IS NOT NULL
  )
);
CREATE INDEX reception_locations_municipality_idx ON reception_locations (municipality_code, status);
CREATE TRIGGER reception_locations_audit AFTER INSERT OR UPDATE OR DELETE ON reception_locations
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id');

-- Every lifecycle step a location took, with its date. Steps only move forward.
CREATE TABLE reception_location_steps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  location_id uuid NOT NULL REFERENCES reception_locations (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN (
    'idea', 'under_assessment', 'decided', 'preparing', 'open', 'closing', 'closed')),
  stepped_on date NOT NULL,
  -- The audit actor who recorded the step (person:<id>, token:<id>, cli:..., system:...).
  recorded_by text NOT NULL,
  note text CHECK (length(note) BETWEEN 1 AND 1000),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT reception_location_steps_status_key UNIQUE (location_id, status)
);
CREATE TRIGGER reception_location_steps_audit AFTER INSERT OR UPDATE OR DELETE ON reception_location_steps
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id');

-- Persons staying at a location on a date (one count per location per date).
CREATE TABLE reception_location_occupancy (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  location_id uuid NOT NULL REFERENCES reception_locations (id) ON DELETE CASCADE,
  counted_on date NOT NULL,
  persons integer NOT NULL CHECK (persons >= 0 AND persons <= 100000),
  -- The capacity when the count was recorded; above it is allowed but flagged.
  capacity_at_count integer NOT NULL CHECK (capacity_at_count > 0),
  source_reference text CHECK (length(source_reference) BETWEEN 1 AND 200),
  recorded_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT reception_location_occupancy_date_key UNIQUE (location_id, counted_on)
);
CREATE TRIGGER reception_location_occupancy_audit AFTER INSERT OR UPDATE OR DELETE ON reception_location_occupancy
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id');
