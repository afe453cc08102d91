// SPDX-License-Identifier: EUPL-1.2
/** Turns an audit entry's `changes` (any JSON) into short "field: value" lines for the table. */

const maxLength = 120;

function show(value: unknown): string {
  if (value === null || value === undefined) {
    return '—';
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One line per changed field. Understands `{field: {old, new}}` and `{field: {from, to}}` pairs
 * and plain `{field: value}` objects; anything else becomes one line.
 */
export function changeLines(changes: unknown): { field: string; value: string }[] {
  if (!isRecord(changes)) {
    return changes === null || changes === undefined ? [] : [{ field: '', value: show(changes) }];
  }
  return Object.entries(changes).map(([field, value]) => {
    if (isRecord(value) && ('old' in value || 'new' in value)) {
      return { field, value: `${show(value.old)} → ${show(value.new)}` };
    }
    if (isRecord(value) && ('from' in value || 'to' in value)) {
      return { field, value: `${show(value.from)} → ${show(value.to)}` };
    }
    return { field, value: show(value) };
  });
}
