// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../config/env.ts';
import { distributeTask, largestRemainder } from './distribute.ts';

const codeOf = (i: number) => `GM${String(i).padStart(4, '0')}`;

describe('[TAAKSTELLING] distributeTask (largest remainder)', () => {
  it('sums exactly to the national task and keeps each task within one of its quota', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 400 }),
        (nationalTask, pops) => {
          fc.pre(pops.some((p) => p > 0));
          const populations = pops.map((population, i) => ({ code: codeOf(i), population }));
          const total = pops.reduce((a, b) => a + b, 0);
          const result = distributeTask({ nationalTask, populations });
          expect(result.reduce((sum, r) => sum + r.task, 0)).toBe(nationalTask);
          for (const r of result) {
            const exact = (nationalTask * r.population) / total;
            expect(r.task).toBeGreaterThanOrEqual(Math.floor(exact) - 1e-9);
            expect(r.task).toBeLessThanOrEqual(Math.ceil(exact) + 1e-9);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same shares with plain numbers as with BigInt arithmetic', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 400 }),
        (nationalTask, pops) => {
          fc.pre(pops.some((p) => p > 0));
          const options = { nationalTask, populations: pops.map((population, i) => ({ code: codeOf(i), population })) };
          expect(largestRemainder(options).shares).toEqual(largestRemainder(options, 'bigint').shares);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives equal remainders first to the lower CBS code', () => {
    const result = distributeTask({
      nationalTask: 2,
      populations: [
        { code: 'GM0003', population: 1 },
        { code: 'GM0001', population: 1 },
        { code: 'GM0002', population: 1 },
      ],
    });
    expect(result.map((r) => [r.code, r.task])).toEqual([
      ['GM0001', 1],
      ['GM0002', 1],
      ['GM0003', 0],
    ]);
  });

  it('explains the computation for Utrecht 2024-I from the shipped CBS 2024 populations', () => {
    const file = path.join(projectRoot, 'data', 'population', 'gemeenten_2024_cbs_kwb_statline.csv');
    const rows = parse(fs.readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
    const populations = rows.map((row) => ({ code: row.gemeentecode ?? '', population: Number(row.aantal_inwoners) }));
    const result = distributeTask({ nationalTask: 18_750, populations });
    const utrecht = result.find((r) => r.code === 'GM0344');
    expect(utrecht?.formula).toBe('18,750 × 374,238 / 17,942,942 = 391.07 → 391');
    expect(result.reduce((s, r) => s + r.task, 0)).toBe(18_750);
  });

  it('refuses bad input with the field named', () => {
    expect(() => distributeTask({ nationalTask: 1.5, populations: [{ code: 'GM0001', population: 1 }] })).toThrow(
      /whole number/,
    );
    expect(() => distributeTask({ nationalTask: 5, populations: [{ code: 'GM0001', population: -1 }] })).toThrow(
      /Population/,
    );
    expect(() => distributeTask({ nationalTask: 5, populations: [{ code: 'GM0001', population: 0 }] })).toThrow(/zero/);
  });
});
