-- SPDX-License-Identifier: EUPL-1.2
-- Taakstelling, realised: status holders housed per municipality (realisations), the running
-- totals per municipality per period that the balances read, and agreed transfers of task
-- between municipalities. PostgreSQL 15 compatible.

-- One housing of one household (or a number of persons) in a municipality on a date.
CREATE TABLE realisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code text NOT NULL REFERENCES municipalities (code),
  housed_on date NOT NULL,
  -- The half-year period of housed_on ("2024-I"), kept so totals group without date arithmetic.
  period text NOT NULL,
  persons integer NOT NULL,
  adults integer,
  minors integer,
  household_id uuid REFERENCES households (id),
  -- A dwelling or housing-project reference (not a street address); linked to projects later.
  dwelling_reference text,
  -- The reception location the persons came from (a name, until the locations register exists).
  came_from_location text,
  -- The municipality's own reference for this row; makes imports idempotent.
  source_reference text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT realisations_source_reference_key UNIQUE (municipality_code, source_reference),
  CONSTRAINT realisations_period_check CHECK (
    period = (extract(year FROM housed_on))::integer::text
      || CASE WHEN extract(month FROM housed_on) <= 6 THEN '-I' ELSE '-II' END
  ),
  CONSTRAINT realisations_persons_check CHECK (persons >= 1 AND persons <= 10000),
  CONSTRAINT realisations_adults_check CHECK (adults >= 0),
  CONSTRAINT realisations_minors_check CHECK (minors >= 0),
  CONSTRAINT realisations_composition_check CHECK (adults IS NULL OR minors IS NULL OR adults + minors = persons)
);
CREATE INDEX realisations_municipality_idx ON realisations (municipality_code, housed_on);
CREATE INDEX realisations_household_idx ON realisations (household_id);
CREATE TRIGGER realisations_audit AFTER INSERT OR UPDATE OR DELETE ON realisations
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'dwelling_reference');

-- Persons and rows realised per municipality per period, kept by the statement triggers below in
-- the same transaction as the realisations, so a balance reads 342 × periods rows, not every
-- realisation. A restore copies both tables with triggers off, so they stay in step.
CREATE TABLE realisation_totals (
  municipality_code text NOT NULL REFERENCES municipalities (code),
  period text NOT NULL CHECK (period ~ '^[0-9]{4}-(I|II)$'),
  persons integer NOT NULL CHECK (persons >= 0),
  realisations integer NOT NULL CHECK (realisations >= 0),
  PRIMARY KEY (municipality_code, period)
);
CREATE TRIGGER realisation_totals_audit AFTER INSERT OR UPDATE OR DELETE ON realisation_totals
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('municipality_code,period');

CREATE FUNCTION realisation_totals_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO realisation_totals (municipality_code, period, persons, realisations)
  SELECT municipality_code, period, sum(persons), count(*) FROM added_rows GROUP BY municipality_code, period
  ON CONFLICT (municipality_code, period) DO UPDATE
    SET persons = realisation_totals.persons + excluded.persons,
        realisations = realisation_totals.realisations + excluded.realisations;
  RETURN NULL;
END
$$;

CREATE FUNCTION realisation_totals_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE realisation_totals t
     SET persons = t.persons - removed.persons, realisations = t.realisations - removed.realisations
    FROM (SELECT municipality_code, period, sum(persons) AS persons, count(*) AS realisations
            FROM removed_rows GROUP BY municipality_code, period) removed
   WHERE t.municipality_code = removed.municipality_code AND t.period = removed.period;
  DELETE FROM realisation_totals WHERE realisations = 0;
  RETURN NULL;
END
$$;

CREATE TRIGGER realisations_totals_insert AFTER INSERT ON realisations
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION realisation_totals_add();
CREATE TRIGGER realisations_totals_update_add AFTER UPDATE ON realisations
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION realisation_totals_add();
CREATE TRIGGER realisations_totals_update_remove AFTER UPDATE ON realisations
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION realisation_totals_remove();
CREATE TRIGGER realisations_totals_delete AFTER DELETE ON realisations
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION realisation_totals_remove();

-- An agreed transfer of task between two municipalities in a period: `to` houses `persons` for
-- `from`, so `to`'s corrected task rises and `from`'s falls by the same number.
CREATE TABLE taakstelling_transfers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  period text NOT NULL CHECK (period ~ '^[0-9]{4}-(I|II)$'),
  from_municipality_code text NOT NULL REFERENCES municipalities (code),
  to_municipality_code text NOT NULL REFERENCES municipalities (code),
  persons integer NOT NULL CHECK (persons >= 1 AND persons <= 100000),
  agreed_on date NOT NULL,
  -- The agreement it rests on (decision number, letter, minutes).
  reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 500),
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT taakstelling_transfers_check CHECK (from_municipality_code <> to_municipality_code)
);
CREATE INDEX taakstelling_transfers_period_idx ON taakstelling_transfers (period);
CREATE TRIGGER taakstelling_transfers_audit AFTER INSERT OR UPDATE OR DELETE ON taakstelling_transfers
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id');
