-- The row audit of migration 0001, computed in one set-based statement instead of a loop that
-- concatenated one jsonb object per column (quadratic in the number of columns, and the hottest
-- code of every insert: a resident's reaction spent most of its database time here on PGlite).
-- Same trail: the same keys, the same {"before","after"} / {"redacted": true} values, no row for
-- an UPDATE that changed nothing.
CREATE OR REPLACE FUNCTION regietafel_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  redacted text[] := TG_ARGV[1:];
  old_j jsonb;
  new_j jsonb;
  row_j jsonb;
  changes jsonb;
  rid text;
BEGIN
  IF TG_OP <> 'INSERT' THEN old_j := to_jsonb(OLD); END IF;
  IF TG_OP <> 'DELETE' THEN new_j := to_jsonb(NEW); END IF;
  row_j := coalesce(new_j, old_j);
  SELECT string_agg(row_j ->> c, ',') INTO rid FROM unnest(string_to_array(TG_ARGV[0], ',')) AS c;
  SELECT coalesce(jsonb_object_agg(k, CASE
           WHEN k = ANY (redacted) THEN '{"redacted": true}'::jsonb
           ELSE jsonb_strip_nulls(jsonb_build_object('before', old_j -> k, 'after', new_j -> k))
         END), '{}'::jsonb)
    INTO changes
    FROM jsonb_object_keys(row_j) AS k
   WHERE TG_OP <> 'UPDATE' OR (old_j -> k) IS DISTINCT FROM (new_j -> k);
  IF TG_OP = 'UPDATE' AND changes = '{}'::jsonb THEN
    RETURN NULL;
  END IF;
  INSERT INTO audit_log (actor, action, table_name, record_id, changes)
  VALUES (coalesce(nullif(current_setting('regietafel.actor', true), ''), 'system:unknown'),
          lower(TG_OP), TG_TABLE_NAME, coalesce(rid, '?'), changes);
  RETURN NULL;
END
$$;

-- Inserts into the tables written in bursts (residents' reactions and their e-mail addresses)
-- are audited per statement from the transition table: one INSERT INTO audit_log for a whole
-- group commit instead of one trigger call per row. The audit rows are the same as the row
-- trigger's; updates and deletes stay with the row trigger. The trigger function is generated
-- with the table's columns written out (static SQL, so PL/pgSQL keeps its plan): a migration that
-- adds a column to such a table must call regietafel_audit_inserts_per_statement again (the
-- foundation test fails until it does).
CREATE FUNCTION regietafel_audit_inserts_per_statement(tbl regclass, pk_cols text[], redacted text[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  name text := (SELECT relname FROM pg_class WHERE oid = tbl);
  changes text;
  record_id text;
BEGIN
  SELECT string_agg(format('%L, %s', a.attname,
           CASE WHEN a.attname = ANY (redacted) THEN '''{"redacted": true}''::jsonb'
                ELSE format('jsonb_build_object(''after'', n.%I)', a.attname) END), ', ' ORDER BY a.attnum)
    INTO changes
    FROM pg_attribute a
   WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped;
  SELECT string_agg(format('n.%I::text', c), ' || '','' || ') INTO record_id FROM unnest(pk_cols) AS c;
  EXECUTE format($f$
    CREATE OR REPLACE FUNCTION %I() RETURNS trigger LANGUAGE plpgsql AS $body$
    BEGIN
      INSERT INTO audit_log (actor, action, table_name, record_id, changes)
      SELECT coalesce(nullif(current_setting('regietafel.actor', true), ''), 'system:unknown'), 'insert', %L,
             coalesce(%s, '?'), jsonb_strip_nulls(jsonb_build_object(%s))
        FROM new_rows AS n;
      RETURN NULL;
    END
    $body$
    $f$, 'regietafel_audit_inserted_' || name, name, record_id, changes);
  EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', name || '_audit', tbl);
  EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', name || '_audit_insert', tbl);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION regietafel_audit(%L%s)',
    name || '_audit', tbl, array_to_string(pk_cols, ','),
    (SELECT coalesce(string_agg(format(', %L', r), ''), '') FROM unnest(redacted) AS r));
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
    name || '_audit_insert', tbl, 'regietafel_audit_inserted_' || name);
END
$$;

SELECT regietafel_audit_inserts_per_statement('participation_reactions', '{id}', '{body,public_body}');
SELECT regietafel_audit_inserts_per_statement('participation_reaction_emails', '{reaction_id}', '{email}');

-- A group commit of residents' reactions in one call (src/modules/participation/reaction-writer.ts):
-- sets the audit actor for this transaction and inserts the reactions and their e-mail addresses
-- from a JSON array. Static SQL in a function, so its plans are kept for the session.
CREATE FUNCTION regietafel_store_reactions(actor text, rows jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('regietafel.actor', actor, true);
  INSERT INTO participation_reactions
    (id, location_id, kind, body, public_body, contains_contact, longitude, latitude, visibility, received_at, due_on)
  SELECT v.id, v.location_id, v.kind, v.body, v.public_body, v.contains_contact, v.longitude, v.latitude, v.visibility,
         v.received_at, v.due_on
    FROM jsonb_to_recordset(rows) AS v(
      id uuid, location_id uuid, kind text, body text, public_body text, contains_contact boolean,
      longitude double precision, latitude double precision, visibility text, received_at timestamptz, due_on date);
  INSERT INTO participation_reaction_emails (reaction_id, email)
  SELECT v.id, v.email FROM jsonb_to_recordset(rows) AS v(id uuid, email text) WHERE v.email IS NOT NULL;
END
$$;
