-- SPDX-License-Identifier: EUPL-1.2
-- Housing stock (opportunity 6 of the PCL advice): the register of vacant buildings, housing
-- projects with their phases, homes per target group and rent band, and the yearly rent limits
-- that define the bands. Agreements between municipalities (opportunity 2) are recorded as
-- taakstelling_transfers (0006), so they count in both balances. PostgreSQL 15 compatible.

-- Rent limits added by coordinators, each with its source: the liberalisatiegrens (upper bound
-- of social rent) and the mid-rent upper bound of a year. The shipped years are read from
-- data/reference/liberalisatiegrens_huur.csv (kept there, with its quotations, not copied here:
-- a migration that inserts rows would leave a fresh database non-empty, and restore needs an
-- empty one); a row here for the same year takes precedence. The mid-rent bound of EUR 1,000 is
-- the advice of March 2016 (seed document, opportunity 6).
CREATE TABLE housing_rent_limits (
  year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  liberalisation_limit_eur numeric(8, 2) NOT NULL CHECK (liberalisation_limit_eur > 0),
  mid_rent_max_eur numeric(8, 2) NOT NULL DEFAULT 1000 CHECK (mid_rent_max_eur > liberalisation_limit_eur),
  source_url text NOT NULL CHECK (length(source_url) BETWEEN 1 AND 500),
  quotation text CHECK (length(quotation) BETWEEN 1 AND 1000),
  mid_rent_source text NOT NULL DEFAULT 'PCL-advies provincie Utrecht, maart 2016 (kans 6): middenhuur EUR 700-1.000',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER housing_rent_limits_audit AFTER INSERT OR UPDATE OR DELETE ON housing_rent_limits
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('year');

-- A vacant building that could become homes. The owner may be a private person: redacted in
-- the audit trail.
CREATE TABLE vacant_buildings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  address text NOT NULL CHECK (length(address) BETWEEN 1 AND 300),
  -- WGS84; the application refuses points outside the Netherlands, the box is a last guard.
  longitude double precision NOT NULL CHECK (longitude BETWEEN 3.2 AND 7.3),
  latitude double precision NOT NULL CHECK (latitude BETWEEN 50.7 AND 53.7),
  municipality_code text NOT NULL REFERENCES municipalities (code),
  former_use text NOT NULL CHECK (former_use IN ('office', 'school', 'church', 'care', 'retail', 'other')),
  floor_area_m2 integer NOT NULL CHECK (floor_area_m2 > 0 AND floor_area_m2 <= 10000000),
  owner text CHECK (length(owner) BETWEEN 1 AND 200),
  vacant_since date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX vacant_buildings_municipality_idx ON vacant_buildings (municipality_code);
CREATE TRIGGER vacant_buildings_audit AFTER INSERT OR UPDATE OR DELETE ON vacant_buildings
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'owner');

-- A housing project: transformation, new build or temporary homes (with an end date).
CREATE TABLE housing_projects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('transformation', 'new_build', 'temporary')),
  municipality_code text NOT NULL REFERENCES municipalities (code),
  building_id uuid REFERENCES vacant_buildings (id) ON DELETE SET NULL,
  site text CHECK (length(site) BETWEEN 1 AND 300),
  owner_kind text NOT NULL CHECK (owner_kind IN ('corporation', 'investor', 'municipality', 'other')),
  owner_name text CHECK (length(owner_name) BETWEEN 1 AND 200),
  end_date date,
  homes_total integer NOT NULL CHECK (homes_total > 0 AND homes_total <= 100000),
  homes_status_holders integer NOT NULL CHECK (homes_status_holders >= 0),
  homes_students integer NOT NULL CHECK (homes_students >= 0),
  homes_starters integer NOT NULL CHECK (homes_starters >= 0),
  homes_other integer NOT NULL CHECK (homes_other >= 0),
  -- [{band, homes, rentEur}], adding up to homes_total; checked against housing_rent_limits.
  rent_lines jsonb NOT NULL,
  persons_stated integer CHECK (persons_stated >= 0 AND persons_stated <= 1000000),
  household_size_override numeric(4, 2) CHECK (household_size_override > 0 AND household_size_override <= 20),
  initiative_on date NOT NULL,
  planning_on date,
  permit_on date,
  construction_on date,
  delivered_on date,
  -- [{period, share}] in whole percent adding up to 100; null: all in the delivery's period.
  schedule jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT housing_projects_groups_check CHECK (
    homes_status_holders + homes_students + homes_starters + homes_other = homes_total),
  CONSTRAINT housing_projects_end_date_check CHECK ((kind = 'temporary') = (end_date IS NOT NULL)),
  CONSTRAINT housing_projects_delivery_check CHECK (permit_on IS NULL OR delivered_on IS NULL OR delivered_on >= permit_on)
);
CREATE INDEX housing_projects_municipality_idx ON housing_projects (municipality_code);
CREATE INDEX housing_projects_building_idx ON housing_projects (building_id);
CREATE TRIGGER housing_projects_audit AFTER INSERT OR UPDATE OR DELETE ON housing_projects
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id');
