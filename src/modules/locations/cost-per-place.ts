// SPDX-License-Identifier: EUPL-1.2
/**
 * Cost per place per year of a location, from its own figures:
 * (yearly cost + one-off cost / planned years) / capacity, the one-off cost spread over the planned
 * period (planned until − planned from, in years of 365.25 days). Without a planned period a
 * one-off cost cannot be spread, so no figure is given rather than a guessed one.
 */
export type CostFigures = {
  capacity: number;
  oneOffCostEur: number | null;
  yearlyCostEur: number | null;
  plannedFrom: string | null;
  plannedUntil: string | null;
};

export type CostPerPlace = { eur: number; formula: string } | { eur: null; reason: string };

const fmt = (x: number, digits = 0): string =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const dayMs = 24 * 60 * 60 * 1000;

/** The cost per place per year with its formula, or the reason there is none. */
export function costPerPlacePerYear(figures: CostFigures): CostPerPlace {
  const { capacity, oneOffCostEur, yearlyCostEur, plannedFrom, plannedUntil } = figures;
  if (yearlyCostEur === null && oneOffCostEur === null) {
    return { eur: null, reason: 'no costs entered' };
  }
  const yearly = yearlyCostEur ?? 0;
  if (oneOffCostEur === null || oneOffCostEur === 0) {
    return { eur: yearly / capacity, formula: `${fmt(yearly)} / ${fmt(capacity)} places` };
  }
  if (plannedFrom === null || plannedUntil === null) {
    return { eur: null, reason: 'a one-off cost needs the planned period to be spread over' };
  }
  const years = (Date.parse(plannedUntil) - Date.parse(plannedFrom) + dayMs) / (365.25 * dayMs);
  return {
    eur: (yearly + oneOffCostEur / years) / capacity,
    formula: `(${fmt(yearly)} + ${fmt(oneOffCostEur)} / ${fmt(years, 2)} years) / ${fmt(capacity)} places`,
  };
}
