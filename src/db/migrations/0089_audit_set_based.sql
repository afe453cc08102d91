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
-- group commit instead of one trigger call per row. The rows in the trail are the same as the row
-- trigger's; updates and deletes stay with the row trigger.
CREATE FUNCTION regietafel_audit_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  redacted text[] := TG_ARGV[1:];
  record_id text;
  changes text;
BEGIN
  -- One expression per column, built from the catalogue once per statement and run over all
  -- new rows at once; a column whose value is null gets {} as in the row trigger.
  SELECT string_agg(format('%L, %s', a.attname,
           CASE WHEN a.attname = ANY (redacted) THEN '''{"redacted": true}''::jsonb'
                ELSE format('jsonb_build_object(''after'', n.%I)', a.attname) END), ', ' ORDER BY a.attnum)
    INTO changes
    FROM pg_attribute a
   WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped;
  SELECT string_agg(format('n.%I::text', c), ' || '','' || ')
    INTO record_id
    FROM unnest(string_to_array(TG_ARGV[0], ',')) AS c;
  EXECUTE format(
    'INSERT INTO audit_log (actor, action, table_name, record_id, changes)
     SELECT $1, ''insert'', $2, coalesce(%s, ''?''), jsonb_strip_nulls(jsonb_build_object(%s)) FROM new_rows AS n',
    record_id, changes)
    USING coalesce(nullif(current_setting('regietafel.actor', true), ''), 'system:unknown'), TG_TABLE_NAME;
  RETURN NULL;
END
$$;

DROP TRIGGER participation_reactions_audit ON participation_reactions;
CREATE TRIGGER participation_reactions_audit AFTER UPDATE OR DELETE ON participation_reactions
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('id', 'body', 'public_body');
CREATE TRIGGER participation_reactions_audit_insert AFTER INSERT ON participation_reactions
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION regietafel_audit_inserted('id', 'body', 'public_body');

DROP TRIGGER participation_reaction_emails_audit ON participation_reaction_emails;
CREATE TRIGGER participation_reaction_emails_audit AFTER UPDATE OR DELETE ON participation_reaction_emails
  FOR EACH ROW EXECUTE FUNCTION regietafel_audit('reaction_id', 'email');
CREATE TRIGGER participation_reaction_emails_audit_insert AFTER INSERT ON participation_reaction_emails
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION regietafel_audit_inserted('reaction_id', 'email');
