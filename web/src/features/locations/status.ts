// SPDX-License-Identifier: EUPL-1.2
/**
 * The lifecycle as the web app shows it: the order of the statuses, a colour per status for the
 * map and its legend, and which steps a form may offer next. The server checks the rules for
 * real (src/modules/locations/lifecycle.ts); this only avoids offering a step it would refuse.
 */

/** The statuses in lifecycle order (the same list as the API's). */
export const statusOrder = ['idea', 'under_assessment', 'decided', 'preparing', 'open', 'closing', 'closed'] as const;
export type StatusName = (typeof statusOrder)[number];

// Each colour has at least 3:1 contrast against the map background (#f9f9fa), as WCAG 1.4.11
// asks of graphical objects; the status is also written in the legend, the tooltip and the table.
const colours: Record<StatusName, string> = {
  idea: '#6b6b6b',
  under_assessment: '#a35f00',
  decided: '#5115ef',
  preparing: '#0b61a4',
  open: '#1d7a35',
  closing: '#b2401a',
  closed: '#1f1f1f',
};

/** The map colour of a status. */
export function statusColour(status: StatusName): string {
  return colours[status];
}

/**
 * The statuses a next step may go to: every later one, but nothing past "decided" before a
 * decision, and nothing at all after a "no".
 */
export function nextStatuses(current: StatusName, decision: 'yes' | 'no' | null): StatusName[] {
  if (decision === 'no') {
    return [];
  }
  const later = statusOrder.slice(statusOrder.indexOf(current) + 1);
  const decidedIndex = statusOrder.indexOf('decided');
  if (statusOrder.indexOf(current) < decidedIndex) {
    return later.filter((status) => statusOrder.indexOf(status) <= decidedIndex);
  }
  return later;
}

/** Persons may be counted while a location is preparing, open or closing. */
export function acceptsOccupancy(status: StatusName): boolean {
  return status === 'preparing' || status === 'open' || status === 'closing';
}
