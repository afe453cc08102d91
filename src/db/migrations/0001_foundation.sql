-- SPDX-License-Identifier: EUPL-1.2
-- Foundation: the append-only audit trail and the generic audit trigger.
-- PostgreSQL 15 compatible (PGlite runs a newer PostgreSQL; do not use newer features here).

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  table_name text NOT NULL,
  record_id text NOT NULL,
  changes jsonb NOT NULL
);
CREATE INDEX audit_log_record_idx ON audit_log (table_name, record_id);
CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at);

-- The database itself refuses to change or remove audit rows.
CREATE FUNCTION regietafel_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION regietafel_audit_append_only();

-- Generic row audit. Attach to every table:
--   CREATE TRIGGER <t>_audit AFTER INSERT OR UPDATE OR DELETE ON <t>
--     FOR EACH ROW EXECUTE FUNCTION regietafel_audit('<pk column(s), comma separated>', '<redacted col>', ...);
-- Columns named after the first argument are "redacted": the trail records that they changed,
-- never their values (personal data, secrets, large geometries), so erasure elsewhere stays real.
-- The actor comes from the transaction setting regietafel.actor (src/db/transaction.ts).
CREATE FUNCTION regietafel_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pk_cols text[] := string_to_array(TG_ARGV[0], ',');
  redacted text[] := '{}';
  old_j jsonb;
  new_j jsonb;
  row_j jsonb;
  changes jsonb := '{}'::jsonb;
  k text;
  rid text;
  i int;
BEGIN
  FOR i IN 1 .. TG_NARGS - 1 LOOP
    redacted := redacted || TG_ARGV[i];
  END LOOP;
  IF TG_OP <> 'INSERT' THEN old_j := to_jsonb(OLD); END IF;
  IF TG_OP <> 'DELETE' THEN new_j := to_jsonb(NEW); END IF;
  row_j := coalesce(new_j, old_j);
  SELECT string_agg(row_j ->> c, ',') INTO rid FROM unnest(pk_cols) AS c;
  FOR k IN SELECT jsonb_object_keys(row_j) LOOP
    IF TG_OP = 'UPDATE' AND (old_j -> k) IS NOT DISTINCT FROM (new_j -> k) THEN
      CONTINUE;
    END IF;
    IF k = ANY (redacted) THEN
      changes := changes || jsonb_build_object(k, jsonb_build_object('redacted', true));
    ELSE
      changes := changes || jsonb_build_object(k,
        jsonb_strip_nulls(jsonb_build_object('before', old_j -> k, 'after', new_j -> k)));
    END IF;
  END LOOP;
  IF TG_OP = 'UPDATE' AND changes = '{}'::jsonb THEN
    RETURN NULL;
  END IF;
  INSERT INTO audit_log (actor, action, table_name, record_id, changes)
  VALUES (coalesce(nullif(current_setting('regietafel.actor', true), ''), 'system:unknown'),
          lower(TG_OP), TG_TABLE_NAME, coalesce(rid, '?'), changes);
  RETURN NULL;
END
$$;
