-- SPDX-License-Identifier: EUPL-1.2
-- Regions: sources, provinces, municipalities with their yearly division, successions (mergers),
-- population figures, boundaries, wijk/buurt figures, the loaded-dataset checksums, and the one
-- municipal write of the foundation (the public contact profile). PostgreSQL 15 compatible.

-- Where figures come from; every figure row points at one.
CREATE TABLE sources (
  id text PRIMARY KEY,
  publisher text NOT NULL,
  title text NOT NULL,
  publisher_table text,
  reference_date date,
  url text,
  licence text,
  note text
);

CREATE TABLE provinces (
  code text PRIMARY KEY CHECK (code ~ '^PV[0-9]{2}$'),
  name text NOT NULL
);

-- Every municipality that appears in the division 2016-2025, with its latest name and province.
CREATE TABLE municipalities (
  code text PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
  name text NOT NULL,
  province_code text NOT NULL REFERENCES provinces (code),
  begin_date date,
  end_date date
);

-- The division per year as CBS lists it (one row per municipality per list year).
CREATE TABLE municipality_years (
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  municipality_code text NOT NULL REFERENCES municipalities (code),
  name text NOT NULL,
  province_code text NOT NULL REFERENCES provinces (code),
  begin_date date,
  end_date date,
  active boolean NOT NULL,
  source_id text NOT NULL REFERENCES sources (id),
  PRIMARY KEY (year, municipality_code)
);
CREATE INDEX municipality_years_code_idx ON municipality_years (municipality_code);
CREATE INDEX municipality_years_province_idx ON municipality_years (year, province_code);

-- Predecessor -> successor, derived at import from the dated division and the boundaries.
CREATE TABLE municipality_successions (
  predecessor_code text NOT NULL REFERENCES municipalities (code),
  successor_code text NOT NULL REFERENCES municipalities (code),
  effective_date date NOT NULL,
  derivation text NOT NULL,
  territory_share double precision CHECK (territory_share > 0 AND territory_share <= 1),
  PRIMARY KEY (predecessor_code, successor_code),
  CHECK (predecessor_code <> successor_code)
);
CREATE INDEX municipality_successions_successor_idx ON municipality_successions (successor_code);

-- Population on a reference date (peildatum), with the other published columns in `figures`.
CREATE TABLE municipality_population (
  municipality_code text NOT NULL REFERENCES municipalities (code),
  reference_date date NOT NULL,
  source_id text NOT NULL REFERENCES sources (id),
  population integer NOT NULL CHECK (population >= 0),
  households integer CHECK (households >= 0),
  average_household_size double precision CHECK (average_household_size > 0),
  density_per_km2 integer CHECK (density_per_km2 >= 0),
  figures jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (municipality_code, reference_date)
);

-- GeoJSON geometries (WGS84) of provinces, municipalities and wijken per boundary year.
CREATE TABLE boundaries (
  kind text NOT NULL CHECK (kind IN ('province', 'municipality', 'wijk')),
  code text NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  name text NOT NULL,
  source_id text NOT NULL REFERENCES sources (id),
  geometry jsonb NOT NULL,
  PRIMARY KEY (kind, code, year)
);

-- CBS "Kerncijfers wijken en buurten" rows (gemeente, wijk, buurt) of the province of Utrecht.
CREATE TABLE area_figures (
  year integer NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  cbs_row_id integer NOT NULL,
  level text NOT NULL CHECK (level IN ('gemeente', 'wijk', 'buurt')),
  name text NOT NULL,
  wijk_name text,
  municipality_code text NOT NULL REFERENCES municipalities (code),
  source_id text NOT NULL REFERENCES sources (id),
  population integer CHECK (population >= 0),
  figures jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (year, cbs_row_id)
);
CREATE INDEX area_figures_municipality_idx ON area_figures (municipality_code, year);

-- What was loaded: checksums of the files of the last import, and of the shipped data set.
CREATE TABLE datasets (
  id text PRIMARY KEY,
  loaded_checksum text NOT NULL,
  shipped_checksum text,
  file_checksums jsonb NOT NULL
);

-- A municipality's public contact points for residents (organisational, not personal).
CREATE TABLE municipality_profiles (
  municipality_code text PRIMARY KEY REFERENCES municipalities (code),
  contact_email text,
  phone text,
  website text,
  note text,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER sources_audit AFTER INSERT OR UPDATE OR DELETE ON sources
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id');
CREATE TRIGGER provinces_audit AFTER INSERT OR UPDATE OR DELETE ON provinces
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('code');
CREATE TRIGGER municipalities_audit AFTER INSERT OR UPDATE OR DELETE ON municipalities
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('code');
CREATE TRIGGER municipality_years_audit AFTER INSERT OR UPDATE OR DELETE ON municipality_years
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('year,municipality_code');
CREATE TRIGGER municipality_successions_audit AFTER INSERT OR UPDATE OR DELETE ON municipality_successions
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('predecessor_code,successor_code');
CREATE TRIGGER municipality_population_audit AFTER INSERT OR UPDATE OR DELETE ON municipality_population
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('municipality_code,reference_date');
CREATE TRIGGER boundaries_audit AFTER INSERT OR UPDATE OR DELETE ON boundaries
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('kind,code,year', 'geometry');
CREATE TRIGGER area_figures_audit AFTER INSERT OR UPDATE OR DELETE ON area_figures
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('year,cbs_row_id');
CREATE TRIGGER datasets_audit AFTER INSERT OR UPDATE OR DELETE ON datasets
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id');
CREATE TRIGGER municipality_profiles_audit AFTER INSERT OR UPDATE OR DELETE ON municipality_profiles
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('municipality_code', 'contact_email');
