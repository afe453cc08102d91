// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { normaliseWeights, scorePair } from './score-pair.ts';
import type { ScoreHousehold, ScoreMunicipality, ScoreReason, ScoreTerm } from './score-terms.ts';

const shortages = new Map([
  [2, { shortage: 0.8, referenceDate: '2026-01-01', source: 'Voorbeeld (verzonnen)', isExample: true }],
  [7, { shortage: 0.3, referenceDate: '2026-01-01', source: 'UWV (echt)', isExample: false }],
]);
const utrecht: ScoreMunicipality = {
  code: 'GM0344',
  region: { code: 'VB-WEST', name: 'Voorbeeldregio West', isExample: false, shortages },
  careAvailable: true,
  homes: { small: 6, medium: 3, large: 1 },
};
const unknown: ScoreMunicipality = { code: 'GM0307', region: null, careAvailable: null, homes: null };
const household = (overrides: Partial<ScoreHousehold> = {}): ScoreHousehold => ({
  size: 2,
  iscoMajorGroup: null,
  tieMunicipalityCode: null,
  careNeed: false,
  ...overrides,
});

type Row = [label: string, household: ScoreHousehold, municipality: ScoreMunicipality, term: ScoreTerm, value: number, reason: ScoreReason, neutral: boolean, example: boolean];

const rows: Row[] = [
  ['labour: shortage of the group (example data)', household({ iscoMajorGroup: 2 }), utrecht, 'labour', 0.8, 'shortage', false, true],
  ['labour: shortage of the group (real data)', household({ iscoMajorGroup: 7 }), utrecht, 'labour', 0.3, 'shortage', false, false],
  ['labour: group without a shortage figure', household({ iscoMajorGroup: 5 }), utrecht, 'labour', 0.5, 'no-shortage', true, false],
  ['labour: no work experience', household(), utrecht, 'labour', 0.5, 'no-isco', true, false],
  ['labour: municipality without region', household({ iscoMajorGroup: 2 }), unknown, 'labour', 0.5, 'no-region', true, false],
  ['ties: family here', household({ tieMunicipalityCode: 'GM0344' }), utrecht, 'ties', 1, 'tie-here', false, false],
  ['ties: family elsewhere', household({ tieMunicipalityCode: 'GM0307' }), utrecht, 'ties', 0, 'tie-elsewhere', false, false],
  ['ties: none', household(), utrecht, 'ties', 0.5, 'no-tie', true, false],
  ['care: needed and available', household({ careNeed: true }), utrecht, 'care', 1, 'care-available', false, false],
  ['care: needed, not available', household({ careNeed: true }), { ...utrecht, careAvailable: false }, 'care', 0, 'care-unavailable', false, false],
  ['care: needed, not entered', household({ careNeed: true }), unknown, 'care', 0.5, 'care-unknown', true, false],
  ['care: not needed', household(), utrecht, 'care', 0.5, 'no-care-need', true, false],
  ['dwelling: 2 persons, 6 of 10 homes small', household({ size: 2 }), utrecht, 'dwelling', 0.6, 'homes-share', false, false],
  ['dwelling: 4 persons, 3 of 10 homes medium', household({ size: 4 }), utrecht, 'dwelling', 0.3, 'homes-share', false, false],
  ['dwelling: 7 persons, 1 of 10 homes large', household({ size: 7 }), utrecht, 'dwelling', 0.1, 'homes-share', false, false],
  ['dwelling: homes not entered', household({ size: 7 }), unknown, 'dwelling', 0.5, 'homes-unknown', true, false],
  ['dwelling: zero homes entered', household(), { ...utrecht, homes: { small: 0, medium: 0, large: 0 } }, 'dwelling', 0.5, 'homes-unknown', true, false],
];

describe('scorePair explanations', () => {
  it.each(rows)('%s', (_label, h, m, term, value, reason, neutral, example) => {
    const explained = scorePair(h, m).terms.find((t) => t.term === term);
    expect(explained).toMatchObject({ value, reason, neutral, example });
    expect(explained?.source.length).toBeGreaterThan(0);
  });

  it('adds up: the score is the sum of weight × value, weights sum to 1', () => {
    const { score, terms } = scorePair(household({ iscoMajorGroup: 2, tieMunicipalityCode: 'GM0344', careNeed: true, size: 4 }), utrecht);
    expect(terms.map((t) => t.weight)).toEqual([0.4, 0.3, 0.2, 0.1]);
    // 0.4 × 0.8 + 0.3 × 1 + 0.2 × 1 + 0.1 × 0.3 = 0.85
    expect(score).toBeCloseTo(0.85, 10);
    expect(terms.reduce((sum, t) => sum + t.contribution, 0)).toBeCloseTo(score, 6);
  });

  it('gives 0.5 everywhere when nothing is known, so no municipality is favoured', () => {
    expect(scorePair(household(), unknown).score).toBe(0.5);
    expect(scorePair(household(), utrecht).score).toBeCloseTo(0.4 * 0.5 + 0.3 * 0.5 + 0.2 * 0.5 + 0.1 * 0.6, 10);
  });

  it('scales weights to sum to 1 and refuses bad weights', () => {
    expect(normaliseWeights({ labour: 2, ties: 1, care: 1, dwelling: 0 })).toEqual({ labour: 0.5, ties: 0.25, care: 0.25, dwelling: 0 });
    expect(() => normaliseWeights({ labour: Number.NaN, ties: 1, care: 1, dwelling: 1 })).toThrow(RangeError);
    expect(() => normaliseWeights({ labour: -1, ties: 1, care: 1, dwelling: 1 })).toThrow(RangeError);
    expect(() => normaliseWeights({ labour: 0, ties: 0, care: 0, dwelling: 0 })).toThrow(RangeError);
  });
});
