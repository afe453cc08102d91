-- SPDX-License-Identifier: EUPL-1.2
-- Integration (issue 8): per-household integration record and tracks on the ONE pseudonymous
-- household entity (0005), the append-only log of every read of a household's record, and the
-- precomputed waiting-time aggregates. PostgreSQL 15 compatible.

-- One integration record per household: housing date, civic integration, Dutch level, education,
-- work profile, interests, and care needs as flags only (never a diagnosis or free text).
CREATE TABLE household_integration (
  household_id uuid PRIMARY KEY REFERENCES households (id) ON DELETE CASCADE,
  -- The date the household moved into its home in the municipality.
  housed_on date,
  -- Wet inburgering 2021: B1 route, education route (onderwijsroute) or Z route (self-reliance).
  civic_integration_route text,
  civic_integration_level text,
  -- Dutch level on the CEFR scale A1-B2; NULL while not assessed.
  dutch_level text,
  education_enrolled boolean NOT NULL DEFAULT false,
  diploma_recognition text NOT NULL DEFAULT 'none',
  -- ISCO-08 major (1 digit) or sub-major (2 digits) group of earlier work.
  isco_group text,
  -- ISCED 2011 level (0-8) of the highest education completed.
  isced_level integer,
  interests text[] NOT NULL DEFAULT '{}',
  care_medical boolean NOT NULL DEFAULT false,
  care_mobility boolean NOT NULL DEFAULT false,
  care_psychosocial boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT household_integration_route_check CHECK (civic_integration_route IN ('b1', 'education', 'z')),
  CONSTRAINT household_integration_level_check CHECK (civic_integration_level IN ('A1', 'A2', 'B1', 'B2')),
  CONSTRAINT household_integration_dutch_level_check CHECK (dutch_level IN ('A1', 'A2', 'B1', 'B2')),
  CONSTRAINT household_integration_diploma_check CHECK (diploma_recognition IN ('none', 'requested', 'recognised', 'partly_recognised', 'refused')),
  CONSTRAINT household_integration_isco_check CHECK (isco_group ~ '^[0-9]{1,2}$'),
  CONSTRAINT household_integration_isced_check CHECK (isced_level BETWEEN 0 AND 8),
  CONSTRAINT household_integration_interests_check CHECK (
    interests <@ ARRAY['sport', 'culture', 'nature', 'volunteering', 'technology', 'care', 'language_practice']::text[]
  )
);
-- The housing date and the care flags are quasi-identifiers or health data: the trail records that
-- they changed, never their values.
CREATE TRIGGER household_integration_audit AFTER INSERT OR UPDATE OR DELETE ON household_integration
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('household_id', 'housed_on', 'care_medical', 'care_mobility', 'care_psychosocial');

-- The parallel tracks: language, education, work (job, traineeship, volunteering), civic integration.
CREATE TABLE household_tracks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  household_id uuid NOT NULL REFERENCES households (id) ON DELETE CASCADE,
  kind text NOT NULL,
  work_kind text,
  started_on date NOT NULL,
  ended_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT household_tracks_kind_check CHECK (kind IN ('language', 'education', 'work', 'civic_integration')),
  CONSTRAINT household_tracks_work_kind_check CHECK (
    (kind = 'work' AND work_kind IN ('job', 'traineeship', 'volunteering')) OR (kind <> 'work' AND work_kind IS NULL)
  ),
  CONSTRAINT household_tracks_dates_check CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX household_tracks_household_idx ON household_tracks (household_id, kind, started_on);
CREATE TRIGGER household_tracks_audit AFTER INSERT OR UPDATE OR DELETE ON household_tracks
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'started_on', 'ended_on');

-- Every read of a household's record by a person, shown or hidden (out of scope answers 404 and
-- is logged too). No foreign key: the log outlives an anonymised or erased household.
CREATE TABLE household_reads (
  id bigserial PRIMARY KEY,
  read_at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  household_id uuid NOT NULL,
  purpose text NOT NULL,
  outcome text NOT NULL,
  CONSTRAINT household_reads_purpose_check CHECK (purpose IN ('record', 'tracks', 'export', 'referrals')),
  CONSTRAINT household_reads_outcome_check CHECK (outcome IN ('shown', 'hidden'))
);
CREATE INDEX household_reads_household_idx ON household_reads (household_id, read_at);
CREATE INDEX household_reads_read_at_idx ON household_reads (read_at);

-- Append-only, like audit_log, with ONE documented bypass (docs/privacy.md): the retention job
-- sets regietafel.retention = 'household_reads' in its transaction and may then DELETE rows
-- older than two years. Nothing may UPDATE or TRUNCATE the log.
CREATE FUNCTION regietafel_household_reads_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('regietafel.retention', true) = 'household_reads'
     AND OLD.read_at < now() - interval '2 years' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'household_reads is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER household_reads_no_update BEFORE UPDATE OR DELETE ON household_reads
  FOR EACH ROW EXECUTE FUNCTION regietafel_household_reads_guard();
CREATE TRIGGER household_reads_no_truncate BEFORE TRUNCATE ON household_reads
  FOR EACH STATEMENT EXECUTE FUNCTION regietafel_household_reads_guard();
CREATE TRIGGER household_reads_audit AFTER INSERT OR UPDATE OR DELETE ON household_reads
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'household_id');

-- Thresholds per waiting-time indicator, in days, set by the province.
CREATE TABLE integration_thresholds (
  indicator text PRIMARY KEY,
  days integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT integration_thresholds_indicator_check CHECK (indicator IN ('permit_to_housing', 'housing_to_language', 'housing_to_education_or_work')),
  CONSTRAINT integration_thresholds_days_check CHECK (days BETWEEN 1 AND 3650)
);
CREATE TRIGGER integration_thresholds_audit AFTER INSERT OR UPDATE OR DELETE ON integration_thresholds
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('indicator');

-- Completed waits per household and indicator: days from the first date to the second, 0 when the
-- second came first (language classes that started in reception, before housing: no wait).
CREATE VIEW integration_waits AS
WITH firsts AS (
  SELECT household_id,
         min(started_on) FILTER (WHERE kind = 'language') AS language_on,
         min(started_on) FILTER (WHERE kind IN ('education', 'work')) AS education_or_work_on
    FROM household_tracks GROUP BY household_id
)
SELECT h.id AS household_id, h.municipality_code, m.province_code, w.indicator, w.from_date, w.to_date,
       greatest(w.to_date - w.from_date, 0) AS days
  FROM households h
  JOIN municipalities m ON m.code = h.municipality_code
  LEFT JOIN household_integration i ON i.household_id = h.id
  LEFT JOIN firsts f ON f.household_id = h.id
  CROSS JOIN LATERAL (VALUES
    ('permit_to_housing', h.permit_date, i.housed_on),
    ('housing_to_language', i.housed_on, f.language_on),
    ('housing_to_education_or_work', i.housed_on, f.education_or_work_on)
  ) AS w (indicator, from_date, to_date)
 WHERE w.from_date IS NOT NULL AND w.to_date IS NOT NULL;

-- Aggregates per municipality and per province, indicator and half year of the first date.
-- Refreshed when older than a minute at read time and by the server every 30 seconds
-- (ADR 0023), so a read is never more than a minute behind.
CREATE MATERIALIZED VIEW integration_waiting_stats AS
SELECT CASE WHEN grouping(municipality_code) = 0 THEN 'municipality' ELSE 'province' END AS scope,
       coalesce(municipality_code, province_code) AS code,
       province_code,
       period,
       indicator,
       count(*)::int AS households,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::double precision AS median_days,
       ARRAY[
         count(*) FILTER (WHERE days < 28),
         count(*) FILTER (WHERE days >= 28 AND days < 56),
         count(*) FILTER (WHERE days >= 56 AND days < 91),
         count(*) FILTER (WHERE days >= 91 AND days < 182),
         count(*) FILTER (WHERE days >= 182 AND days < 365),
         count(*) FILTER (WHERE days >= 365)
       ]::int[] AS buckets,
       now() AS refreshed_at
  FROM (
    SELECT municipality_code, province_code, indicator, days,
           extract(year FROM from_date)::int || CASE WHEN extract(month FROM from_date) <= 6 THEN '-I' ELSE '-II' END AS period
      FROM integration_waits
  ) w
 GROUP BY GROUPING SETS ((province_code, municipality_code, period, indicator), (province_code, period, indicator));
CREATE INDEX integration_waiting_stats_code_idx ON integration_waiting_stats (code, period, indicator);
CREATE INDEX integration_waiting_stats_province_idx ON integration_waiting_stats (province_code, scope);
