// SPDX-License-Identifier: EUPL-1.2
/** The audit trail: append-only, filled by database triggers (see migrations/0001_foundation.sql). */
import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One change of one record: `changes` maps each changed field to {before, after} or {redacted}. */
export type AuditChanges = Record<string, { before?: unknown; after?: unknown; redacted?: true }>;

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    /** Who: `person:<id>`, `token:<id>`, `system:<job>` or `cli:<command>`. */
    actor: text('actor').notNull(),
    action: text('action', { enum: ['insert', 'update', 'delete'] }).notNull(),
    tableName: text('table_name').notNull(),
    recordId: text('record_id').notNull(),
    changes: jsonb('changes').$type<AuditChanges>().notNull(),
  },
  (t) => [
    index('audit_log_record_idx').on(t.tableName, t.recordId),
    index('audit_log_occurred_idx').on(t.occurredAt),
  ],
);
