// SPDX-License-Identifier: EUPL-1.2
/** Small helpers shared by the benchmarks: percentiles, millisecond labels, a bench principal. */
import type { Authenticated } from '../../src/shared/principal.ts';

/** The p-th percentile (nearest rank) of the values; NaN for none. */
export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/** A duration as "12.3 ms". */
export const ms = (value: number): string => `${value.toFixed(1)} ms`;

/** A province coordinator of Utrecht (PV26) for calls through inject; exists only in the bench. */
export const benchCoordinator: Authenticated = {
  kind: 'person',
  personId: '00000000-0000-4000-8000-0000000000be',
  organisationId: '00000000-0000-4000-8000-000000000000',
  roles: ['province_coordinator'],
  provinces: ['PV26'],
  municipalities: [],
  locations: [],
  via: 'token',
};
