// SPDX-License-Identifier: EUPL-1.2
/**
 * Why the server refused a step, count or place, as a translation key with its values. The
 * server's problem carries a stable `rule` (and for lifecycle refusals the current status and its
 * date), so the reason can be shown in plain Dutch instead of the English detail.
 */
import type { Problem } from '../../lib/api-client.ts';

/** A translation key under `locations.refusal` and the values it needs. */
export type Refusal = { key: string; values: Record<string, string> };

const knownRules = new Set([
  'backwards',
  'same_status',
  'after_no',
  'before_current',
  'decision_required',
  'decision_missing',
  'decision_misplaced',
  'location_closed',
  'location_not_ready',
  'outside_netherlands',
  'municipality_mismatch',
]);

/** The reason for a refusal, or null when the problem names no rule we know. */
export function refusalOf(problem: Problem): Refusal | null {
  const extra = problem as Problem & { rule?: unknown; currentStatus?: unknown; currentSince?: unknown };
  if (typeof extra.rule !== 'string' || !knownRules.has(extra.rule)) {
    return null;
  }
  const values: Record<string, string> = {};
  if (typeof extra.currentStatus === 'string') {
    values.status = extra.currentStatus;
  }
  if (typeof extra.currentSince === 'string') {
    values.since = extra.currentSince;
  }
  return { key: `locations.refusal.${extra.rule}`, values };
}
