-- SPDX-License-Identifier: EUPL-1.2
-- Accounts: organisations, people, role grants, sessions, API tokens, one-time password and
-- first-run setup tokens. Secrets are stored only as SHA-256 hashes (tokens) or argon2id hashes
-- (passwords). Personal values (names, e-mail addresses) and hashes are redacted in the audit trail.
-- PostgreSQL 15 compatible.

-- A party that works in Regietafel. `code` is the province (PVxx) or municipality (GMxxxx) the
-- organisation stands for; `province_code` is the province whose coordinators administer it.
CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  name text NOT NULL,
  code text,
  province_code text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT organisations_name_key UNIQUE (name),
  CONSTRAINT organisations_kind_check CHECK (kind IN ('province', 'municipality', 'coa', 'partner')),
  CONSTRAINT organisations_code_check CHECK (
    (kind = 'province' AND code ~ '^PV[0-9]{2}$' AND province_code = code)
    OR (kind = 'municipality' AND code ~ '^GM[0-9]{4}$')
    OR (kind IN ('coa', 'partner') AND code IS NULL)
  ),
  CONSTRAINT organisations_province_code_check CHECK (province_code ~ '^PV[0-9]{2}$')
);
CREATE INDEX organisations_province_idx ON organisations (province_code);
CREATE TRIGGER organisations_audit AFTER INSERT OR UPDATE OR DELETE ON organisations
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id');

-- A person who signs in. We keep the least: a display name, an e-mail address to sign in with,
-- and a password hash (NULL until the person sets a password with a one-time token).
CREATE TABLE people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  display_name text NOT NULL,
  email text NOT NULL,
  password_hash text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  deactivated_at timestamptz,
  CONSTRAINT people_email_key UNIQUE (email),
  CONSTRAINT people_email_lower_check CHECK (email = lower(email)),
  CONSTRAINT people_active_check CHECK (active = (deactivated_at IS NULL))
);
CREATE INDEX people_organisation_idx ON people (organisation_id);
CREATE TRIGGER people_audit AFTER INSERT OR UPDATE OR DELETE ON people
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'display_name', 'email', 'password_hash');

-- One role of a person with one scope value (province code, municipality code, location id);
-- `scope` is NULL for roles without a scope (partner, moderator without scope).
CREATE TABLE role_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  role text NOT NULL,
  scope text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT role_grants_role_check CHECK (
    role IN ('province_coordinator', 'municipal_officer', 'coa_officer', 'partner', 'moderator')
  ),
  CONSTRAINT role_grants_person_role_scope_key UNIQUE NULLS NOT DISTINCT (person_id, role, scope)
);
CREATE TRIGGER role_grants_audit AFTER INSERT OR UPDATE OR DELETE ON role_grants
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id');

-- A browser session; the cookie holds the token, the database only its SHA-256 hash.
CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  CONSTRAINT sessions_token_hash_key UNIQUE (token_hash)
);
CREATE INDEX sessions_person_idx ON sessions (person_id);
CREATE TRIGGER sessions_audit AFTER INSERT OR UPDATE OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'token_hash');

-- An API token of a machine client, acting as its person with that person's roles.
CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT api_tokens_token_hash_key UNIQUE (token_hash)
);
CREATE INDEX api_tokens_person_idx ON api_tokens (person_id);
CREATE TRIGGER api_tokens_audit AFTER INSERT OR UPDATE OR DELETE ON api_tokens
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'token_hash');

-- One-time tokens to set a first password ('set') or a new one after a reset ('reset').
CREATE TABLE password_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  purpose text NOT NULL,
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  CONSTRAINT password_tokens_purpose_check CHECK (purpose IN ('set', 'reset')),
  CONSTRAINT password_tokens_token_hash_key UNIQUE (token_hash)
);
CREATE INDEX password_tokens_person_idx ON password_tokens (person_id);
CREATE TRIGGER password_tokens_audit AFTER INSERT OR UPDATE OR DELETE ON password_tokens
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'token_hash');

-- First-run setup tokens, created at server start while no active province coordinator exists.
CREATE TABLE setup_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  CONSTRAINT setup_tokens_token_hash_key UNIQUE (token_hash)
);
CREATE TRIGGER setup_tokens_audit AFTER INSERT OR UPDATE OR DELETE ON setup_tokens
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'token_hash');
