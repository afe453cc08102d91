-- SPDX-License-Identifier: EUPL-1.2
-- Following a public location page by e-mail, with double opt-in. The address is kept apart from
-- the subscription, is never public, and leaves the database on unsubscribing. Tokens are stored
-- as SHA-256 hashes only: a copy of the database cannot confirm or cancel anyone's subscription.

CREATE TABLE location_subscriptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  location_id uuid NOT NULL REFERENCES reception_locations (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed')),
  created_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  CHECK ((status = 'confirmed') = (confirmed_at IS NOT NULL))
);
CREATE INDEX location_subscriptions_location_idx ON location_subscriptions (location_id, status);
CREATE TRIGGER location_subscriptions_audit AFTER INSERT OR UPDATE OR DELETE ON location_subscriptions
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id');

-- The address, lower-cased, one per location.
CREATE TABLE location_subscription_emails (
  subscription_id uuid PRIMARY KEY REFERENCES location_subscriptions (id) ON DELETE CASCADE,
  location_id uuid NOT NULL REFERENCES reception_locations (id) ON DELETE CASCADE,
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  UNIQUE (location_id, email)
);
CREATE TRIGGER location_subscription_emails_audit AFTER INSERT OR UPDATE OR DELETE ON location_subscription_emails
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('subscription_id', 'email');

-- Single-use confirmation tokens (with an expiry) and the unsubscribe token of each mail sent.
CREATE TABLE location_subscription_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  subscription_id uuid NOT NULL REFERENCES location_subscriptions (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('confirm', 'unsubscribe')),
  token_hash text NOT NULL UNIQUE CHECK (length(token_hash) = 64),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz
);
CREATE INDEX location_subscription_tokens_subscription_idx ON location_subscription_tokens (subscription_id);
CREATE TRIGGER location_subscription_tokens_audit AFTER INSERT OR UPDATE OR DELETE ON location_subscription_tokens
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'token_hash');
