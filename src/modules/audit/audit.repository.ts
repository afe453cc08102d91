// SPDX-License-Identifier: EUPL-1.2
/** SQL for reading the audit trail (it is written only by the database triggers). */
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { auditLog } from '../../db/schema/audit.ts';

export type AuditRow = typeof auditLog.$inferSelect;

export type AuditFilter = {
  table?: string | undefined;
  recordId?: string | undefined;
  actor?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Keyset: only ids below this one. */
  before?: number | undefined;
  limit: number;
};

/** Newest first, by id (ids grow with time, and unlike timestamps they are unique). */
export async function selectAuditEntries(ex: Executor, filter: AuditFilter): Promise<AuditRow[]> {
  const conditions: (SQL | undefined)[] = [
    filter.table === undefined ? undefined : eq(auditLog.tableName, filter.table),
    filter.recordId === undefined ? undefined : eq(auditLog.recordId, filter.recordId),
    filter.actor === undefined ? undefined : eq(auditLog.actor, filter.actor),
    filter.from === undefined ? undefined : gte(auditLog.occurredAt, filter.from),
    filter.to === undefined ? undefined : lt(auditLog.occurredAt, filter.to),
    filter.before === undefined ? undefined : lt(auditLog.id, filter.before),
  ];
  return ex
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit);
}
