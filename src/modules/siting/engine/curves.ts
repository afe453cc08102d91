// SPDX-License-Identifier: EUPL-1.2
/**
 * Scoring curves: how a raw figure becomes a criterion value before the methods normalise it.
 * Each curve is documented in docs/siting.md with its reason.
 */

/** The advice's preferred largest size: "Kleine opvanglocaties (tot 500 personen)" (PCL 2016, kans 5). */
export const preferredMaximumSize = 500;

/**
 * Size preference: 1 up to 500 places, then 500 / capacity (1,000 places → 0.5, 2,500 → 0.2).
 * The advice prefers small locations and asks to avoid large isolated ones without naming a hard
 * limit, so the curve falls smoothly rather than cutting off; every location of at most 500 is
 * equally preferred (the advice gives no reason to prefer 50 over 400).
 */
export function sizePreference(capacity: number): number {
  if (!(capacity > 0)) {
    throw new RangeError(`capacity must be more than 0, got ${capacity}`);
  }
  return capacity <= preferredMaximumSize ? 1 : preferredMaximumSize / capacity;
}
