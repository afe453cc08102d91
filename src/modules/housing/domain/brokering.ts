// SPDX-License-Identifier: EUPL-1.2
/**
 * Brokering across municipal borders (opportunity 2: "what cannot be done in one municipality
 * may be possible in another"). From the forecast of one period:
 *   surplus = projected − corrected task   (when the gap is negative)
 *   deficit = corrected task − projected   (when the gap is positive)
 * Proposed pairs: the largest deficit first; it is matched with surpluses of its neighbours
 * first (largest surplus first), then with the others. An agreement may not exceed the surplus
 * of the municipality that houses. Pure.
 */

export type Standing = { code: string; name: string; gap: number | null };
export type Position = { code: string; name: string; surplus: number; deficit: number };
export type Pair = { from: string; to: string; persons: number; neighbours: boolean };

/** Surplus and deficit per municipality (those without a gap are left out). */
export function positionsOf(standings: Standing[]): Position[] {
  return standings.flatMap((s) =>
    s.gap === null ? [] : [{ code: s.code, name: s.name, surplus: Math.max(0, -s.gap), deficit: Math.max(0, s.gap) }],
  );
}

/** `from` (deficit) has `to` (surplus) house `persons` for it. */
export function proposePairs(positions: Position[], neighbours: Map<string, Set<string>>): Pair[] {
  const left = new Map(positions.map((p) => [p.code, p.surplus]));
  const byCode = (a: Position, b: Position) => (a.code < b.code ? -1 : 1);
  const deficits = positions.filter((p) => p.deficit > 0).sort((a, b) => b.deficit - a.deficit || byCode(a, b));
  const surpluses = positions.filter((p) => p.surplus > 0).sort((a, b) => b.surplus - a.surplus || byCode(a, b));
  const pairs: Pair[] = [];
  for (const deficit of deficits) {
    let need = deficit.deficit;
    const near = neighbours.get(deficit.code) ?? new Set<string>();
    const order = [...surpluses.filter((s) => near.has(s.code)), ...surpluses.filter((s) => !near.has(s.code))];
    for (const surplus of order) {
      const available = left.get(surplus.code) ?? 0;
      if (need <= 0) {
        break;
      }
      if (available <= 0) {
        continue;
      }
      const persons = Math.min(need, available);
      pairs.push({ from: deficit.code, to: surplus.code, persons, neighbours: near.has(surplus.code) });
      left.set(surplus.code, available - persons);
      need -= persons;
    }
  }
  return pairs;
}

/** The reason an agreement is refused, or null when `to` has the surplus for it. */
export function checkAgreement(to: Position | undefined, persons: number, period: string): string | null {
  if (!to) {
    return `No corrected task or forecast is known for the housing municipality in ${period}, so it has no surplus to agree on.`;
  }
  if (persons > to.surplus) {
    return `${to.name} (${to.code}) has a projected surplus of ${to.surplus} persons in ${period}; an agreement for ${persons} exceeds it.`;
  }
  return null;
}
