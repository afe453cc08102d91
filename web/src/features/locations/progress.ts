// SPDX-License-Identifier: EUPL-1.2
/**
 * Places realised over time against the reception targets (taakstelling module): which targets
 * belong to the chosen area, and per date of the series the places of the target's kind and their
 * share of the target. Pure, so the figures the progress page shows can be checked in a test.
 */
import type { Progress, ReceptionTargets } from './api/locations-api.ts';

export type Target = ReceptionTargets['targets'][number];
export type ProgressPoint = Progress['series'][number];
export type AreaScope = { scope: 'province' | 'municipality' | 'safety_region'; code: string };

/** The series column that holds the places of a target's kind. */
const placesOfKind = { emergency: 'emergencyPlaces', structural: 'structuralPlaces', total: 'places' } as const;

/** The targets set for exactly this area (its own, not those of a larger or smaller one). */
export function targetsOfScope(targets: Target[], area: AreaScope): Target[] {
  return targets.filter((target) => target.scopeKind === area.scope && target.scopeCode === area.code);
}

/** Places of the target's kind open on the point's date, and realised / target × 100 (one decimal). */
export function againstTarget(point: ProgressPoint, target: Target): { realised: number; percentage: number | null } {
  const realised = point[placesOfKind[target.kind]];
  return { realised, percentage: target.places > 0 ? Math.round((realised / target.places) * 1000) / 10 : null };
}

/**
 * The areas to choose from: the province, the safety regions that have a target, and every
 * municipality of the province (a municipality without its own target still has its places).
 */
export function areaOptions(
  province: { code: string; name: string },
  targets: Target[],
  municipalities: { code: string; name: string }[],
): { value: string; label: string }[] {
  const regions = new Map(targets.filter((t) => t.scopeKind === 'safety_region').map((t) => [t.scopeCode, t.scopeName]));
  return [
    { value: `province:${province.code}`, label: province.name },
    ...[...regions].map(([code, name]) => ({ value: `safety_region:${code}`, label: name })),
    ...[...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((m) => ({ value: `municipality:${m.code}`, label: m.name })),
  ];
}
