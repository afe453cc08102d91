// SPDX-License-Identifier: EUPL-1.2
/**
 * Shapes audit entries. The actor is shown as stored (person:<id>, never a name), and the changes
 * as stored: the triggers already replaced personal values with {redacted: true}.
 */
import type { AuditEntryView } from './audit.schema.ts';
import type { AuditRow } from './audit.repository.ts';

/** One audit entry as the API shows it. */
export function presentAuditEntry(row: AuditRow): AuditEntryView {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actor: row.actor,
    action: row.action,
    tableName: row.tableName,
    recordId: row.recordId,
    changes: row.changes,
  };
}
