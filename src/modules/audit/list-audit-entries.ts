// SPDX-License-Identifier: EUPL-1.2
/** One page of the audit trail, newest first, with the key of the next (older) page. */
import type { Database } from '../../db/client.ts';
import type { AuditQuery } from './audit.schema.ts';
import { selectAuditEntries, type AuditRow } from './audit.repository.ts';

export type ListAuditEntriesOptions = { database: Database; query: AuditQuery };
export type AuditEntries = { rows: AuditRow[]; nextBefore: number | null };

/** Reads `limit` entries plus one, to know whether there is a next page. */
export async function listAuditEntries({ database, query }: ListAuditEntriesOptions): Promise<AuditEntries> {
  // One extra row tells whether an older page exists.
  const rows = await selectAuditEntries(database.db, {
    table: query.table,
    recordId: query.recordId,
    actor: query.actor,
    from: query.from === undefined ? undefined : new Date(query.from),
    to: query.to === undefined ? undefined : new Date(query.to),
    before: query.before,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { rows: page, nextBefore: rows.length > query.limit && last ? last.id : null };
}
