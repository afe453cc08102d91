// SPDX-License-Identifier: EUPL-1.2
/**
 * Turns an audit entry's `changes` ({field: {before, after}} or {field: {redacted: true}}) into
 * short lines for the table. Redacted fields say only that they changed: their values are never
 * stored in the trail.
 */
import type { AuditEntry } from '../api/audit-api.ts';

const maxLength = 120;

export type ChangeLine = { field: string; redacted: true } | { field: string; redacted: false; text: string };

function show(value: unknown): string {
  if (value === null || value === undefined) {
    return '—';
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/** One line per field: "after" for an insert, "before → after" for an update, "before" for a delete. */
export function changeLines(changes: AuditEntry['changes']): ChangeLine[] {
  return Object.entries(changes).map(([field, change]) => {
    if (change.redacted) {
      return { field, redacted: true };
    }
    const hasBefore = 'before' in change;
    const hasAfter = 'after' in change;
    const text = hasBefore && hasAfter ? `${show(change.before)} → ${show(change.after)}` : show(hasAfter ? change.after : change.before);
    return { field, redacted: false, text };
  });
}
