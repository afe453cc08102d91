-- SPDX-License-Identifier: EUPL-1.2
-- Partner offers (issue 8): vacancies, traineeships, courses, activities and buddies entered by
-- partner organisations, referrals of households to them by the municipality, and uptake.
-- PostgreSQL 15 compatible.

CREATE TABLE partner_offers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The partner organisation that owns the offer; only its people may change it.
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  kind text NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  -- Where the offer is; NULL for a regional or online offer.
  municipality_code text REFERENCES municipalities (code),
  -- What the offer asks for or suits: ISCO-08 groups, a minimum ISCED level and Dutch level, interests.
  isco_groups text[] NOT NULL DEFAULT '{}',
  min_isced_level integer,
  min_dutch_level text,
  interests text[] NOT NULL DEFAULT '{}',
  places integer,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT partner_offers_kind_check CHECK (kind IN ('vacancy', 'traineeship', 'course', 'activity', 'buddy')),
  CONSTRAINT partner_offers_title_check CHECK (length(title) BETWEEN 1 AND 200),
  CONSTRAINT partner_offers_description_check CHECK (length(description) <= 4000),
  CONSTRAINT partner_offers_isced_check CHECK (min_isced_level BETWEEN 0 AND 8),
  CONSTRAINT partner_offers_dutch_level_check CHECK (min_dutch_level IN ('A1', 'A2', 'B1', 'B2')),
  CONSTRAINT partner_offers_places_check CHECK (places BETWEEN 1 AND 100000)
);
CREATE INDEX partner_offers_organisation_idx ON partner_offers (organisation_id);
CREATE TRIGGER partner_offers_audit AFTER INSERT OR UPDATE OR DELETE ON partner_offers
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'description');

-- A household referred to an offer by its municipality, and what came of it (uptake).
CREATE TABLE offer_referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  offer_id uuid NOT NULL REFERENCES partner_offers (id),
  household_id uuid NOT NULL REFERENCES households (id) ON DELETE CASCADE,
  referred_on date NOT NULL,
  status text NOT NULL DEFAULT 'referred',
  status_on date NOT NULL,
  -- The match reasons shown when the referral was made (codes, no free text).
  reasons text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT offer_referrals_unique UNIQUE (offer_id, household_id),
  CONSTRAINT offer_referrals_status_check CHECK (status IN ('referred', 'accepted', 'started', 'completed', 'declined', 'withdrawn')),
  CONSTRAINT offer_referrals_dates_check CHECK (status_on >= referred_on)
);
CREATE INDEX offer_referrals_household_idx ON offer_referrals (household_id);
CREATE TRIGGER offer_referrals_audit AFTER INSERT OR UPDATE OR DELETE ON offer_referrals
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'household_id', 'referred_on', 'status_on');
