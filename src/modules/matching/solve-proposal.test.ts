// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { defaultWeights, type ScoreMunicipality } from './scores/score-terms.ts';
import { solveProposal, type ProposalHousehold, type ProposalMunicipality } from './solve-proposal.ts';

const scoreOf = (code: string, careAvailable: boolean | null): ScoreMunicipality => ({ code, region: null, careAvailable, homes: null });
const municipality = (code: string, capacity: number, careAvailable: boolean | null = null): ProposalMunicipality => ({
  code,
  name: code,
  task: capacity,
  capacity,
  capacityBasis: { remainingTask: capacity, homesPersons: null, limit: 'task', how: `remaining task = ${capacity}` },
  score: scoreOf(code, careAvailable),
});
const household = (id: string, size: number, tie: string | null = null, careNeed = false): ProposalHousehold => ({
  id,
  pseudonym: `HH-${id}`,
  profile: { size, iscoMajorGroup: null, tieMunicipalityCode: tie, careNeed },
});

describe('solveProposal', () => {
  it('places households where their ties are, and explains the pair', () => {
    const result = solveProposal({
      municipalities: [municipality('GM0344', 5), municipality('GM0307', 5)],
      households: [household('A', 3, 'GM0307'), household('B', 2, 'GM0344')],
      pairs: [],
      weights: defaultWeights,
    });
    expect(result.households.map((h) => h.municipality)).toEqual(['GM0307', 'GM0344']);
    const ties = result.households[0]?.terms.find((t) => t.term === 'ties');
    expect(ties).toMatchObject({ value: 1, reason: 'tie-here' });
    expect(result.bound).toBeGreaterThanOrEqual(result.objective - 1e-9);
    expect(result.municipalities.map((m) => m.placedPersons)).toEqual([2, 3]);
    expect(result.usesExampleData).toBe(false);
  });

  it('honours a lock and a forbidden pair', () => {
    const result = solveProposal({
      municipalities: [municipality('GM0344', 5), municipality('GM0307', 5)],
      households: [household('A', 3, 'GM0307'), household('B', 2, 'GM0344')],
      pairs: [
        { householdId: 'A', municipalityCode: 'GM0344', kind: 'lock' },
        { householdId: 'B', municipalityCode: 'GM0344', kind: 'forbid' },
      ],
      weights: defaultWeights,
    });
    expect(result.households[0]).toMatchObject({ municipality: 'GM0344', locked: 'GM0344' });
    expect(result.households[1]).toMatchObject({ municipality: 'GM0307', forbidden: ['GM0344'] });
  });

  it('gives a partial plan with reasons and the municipality that lacks places', () => {
    const result = solveProposal({
      municipalities: [municipality('GM0344', 2), municipality('GM0307', 0)],
      households: [household('A', 3), household('B', 2)],
      pairs: [{ householdId: 'A', municipalityCode: 'GM0344', kind: 'lock' }],
      weights: defaultWeights,
    });
    const unplaced = result.households.find((h) => h.municipality === null);
    expect(unplaced?.reason).toMatch(/GM0344/);
    expect(result.municipalities.find((m) => m.code === 'GM0344')?.shortfall).toBeGreaterThan(0);
    expect(result.totalShortfall).toBe(3);
  });

  it('uses an imported score matrix instead of the formula, names its source, and forbids its empty pairs', () => {
    const imported = { source: 'Voorspelmodel X v2 (synthetic test matrix)', importedAt: '2026-11-28T12:00:00Z', scores: { A: { GM0344: 0.9, GM0307: 0.1 }, B: { GM0344: null, GM0307: 0.2 } } };
    const result = solveProposal({
      municipalities: [municipality('GM0344', 5), municipality('GM0307', 5)],
      households: [household('A', 3, 'GM0307'), household('B', 2, 'GM0344'), household('C', 1)],
      pairs: [],
      weights: defaultWeights,
      imported,
    });
    // The formula would follow the ties (A to GM0307, B to GM0344); the matrix says otherwise.
    expect(result.households.map((h) => h.municipality)).toEqual(['GM0344', 'GM0307', null]);
    expect(result.households[0]).toMatchObject({ score: 0.9, terms: [], alternatives: [{ municipality: 'GM0307', score: 0.1 }] });
    expect(result.households[1]?.alternatives).toEqual([]);
    expect(result.households[2]?.reason).toMatch(/imported score matrix/);
    expect(result.scoreSource).toEqual({ kind: 'imported', source: imported.source, importedAt: imported.importedAt });
    expect(result.objective).toBeCloseTo(1.1, 9);
  });

  it('refuses a lock on a pair the imported matrix forbids, naming the household', () => {
    expect(() =>
      solveProposal({
        municipalities: [municipality('GM0344', 5), municipality('GM0307', 5)],
        households: [household('A', 3)],
        pairs: [{ householdId: 'A', municipalityCode: 'GM0344', kind: 'lock' }],
        weights: defaultWeights,
        imported: { source: 'test', importedAt: '2026-11-28T12:00:00Z', scores: { A: { GM0344: null, GM0307: 0.5 } } },
      }),
    ).toThrow(/HH-A is locked to GM0344/);
  });

  it('handles a province without households', () => {
    const result = solveProposal({ municipalities: [municipality('GM0344', 2)], households: [], pairs: [], weights: defaultWeights });
    expect(result).toMatchObject({ objective: 0, placedHouseholds: 0, households: [] });
  });

  it('refuses what the engine refuses (a household of 0 persons), naming it', () => {
    expect(() =>
      solveProposal({ municipalities: [municipality('GM0344', 2)], households: [household('A', 0)], pairs: [], weights: defaultWeights }),
    ).toThrow(/size/);
  });
});
