// SPDX-License-Identifier: EUPL-1.2
/**
 * Classes of the population choropleth: quantile breaks rounded to two significant digits, so the
 * legend reads "20.000 tot 40.000" rather than "19.873 tot 41.206", and each colour covers a
 * similar number of municipalities.
 */

/** Light to dark violet of the Voorbeeld theme; adjacent steps differ clearly in lightness. */
export const classColours = ['#e7deff', '#c4adff', '#9672ff', '#5c24f2', '#2a0b80'] as const;
/** Colour of a municipality without a population figure. */
export const noDataColour = '#c0c7d2';

/** Rounds to two significant digits: 19.873 → 20.000, 6.123 → 6.100. */
export function roundSignificant(value: number, digits = 2): number {
  if (value <= 0) {
    return 0;
  }
  const power = 10 ** (Math.floor(Math.log10(value)) - digits + 1);
  return Math.round(value / power) * power;
}

/**
 * Inner class boundaries for the given values: up to `classes - 1` increasing numbers. A value v
 * is in class i when breaks[i-1] <= v < breaks[i].
 */
export function classBreaks(values: readonly number[], classes = classColours.length): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) {
    return [];
  }
  const breaks: number[] = [];
  for (let i = 1; i < classes; i += 1) {
    const position = (sorted.length * i) / classes;
    const value = roundSignificant(sorted[Math.min(sorted.length - 1, Math.floor(position))] ?? 0);
    const previous = breaks[breaks.length - 1];
    if (value > (sorted[0] ?? 0) && (previous === undefined || value > previous)) {
      breaks.push(value);
    }
  }
  return breaks;
}

/** The class of a value (0 = lowest), or null when there is no figure. */
export function classOf(value: number | null, breaks: readonly number[]): number | null {
  if (value === null) {
    return null;
  }
  const index = breaks.findIndex((limit) => value < limit);
  return index === -1 ? breaks.length : index;
}

export type LegendClass = { index: number; colour: string; from: number | null; to: number | null };

/** The legend entries: from (inclusive) and to (exclusive); null for an open end. */
export function legendClasses(breaks: readonly number[]): LegendClass[] {
  return Array.from({ length: breaks.length + 1 }, (_, index) => ({
    index,
    colour: colourOf(index, breaks.length + 1),
    from: index === 0 ? null : (breaks[index - 1] ?? null),
    to: breaks[index] ?? null,
  }));
}

/**
 * The colour of class `index` out of `count`: spread over the palette, so three classes use
 * light, middle and dark rather than the three lightest.
 */
export function colourOf(index: number, count: number): string {
  const last = classColours.length - 1;
  const position = count <= 1 ? last : Math.round((index * last) / (count - 1));
  return classColours[position] ?? classColours[4];
}
