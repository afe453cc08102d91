// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFacilityIndex, greatCircleKm, nearestFacility, nearestFacilityBruteForce, type LonLat } from './nearest.ts';

const inNetherlands = fc.record({ lon: fc.double({ min: 3.3, max: 7.2, noNaN: true }), lat: fc.double({ min: 50.8, max: 53.5, noNaN: true }) });

describe('[SITING] nearest facility', () => {
  it('finds the same distance as a brute-force scan', () => {
    fc.assert(
      fc.property(fc.array(inNetherlands, { minLength: 1, maxLength: 300 }), fc.array(inNetherlands, { minLength: 1, maxLength: 20 }), (points, sites) => {
        const index = buildFacilityIndex(points);
        for (const site of sites) {
          expect(nearestFacility(index, site)?.km).toBeCloseTo(nearestFacilityBruteForce(points, site)?.km as number, 9);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('measures great-circle kilometres: Utrecht Centraal to Amersfoort Centraal is about 20 km', () => {
    const utrecht: LonLat = { lon: 5.1101, lat: 52.0894 };
    const amersfoort: LonLat = { lon: 5.3739, lat: 52.1532 };
    expect(greatCircleKm(utrecht, amersfoort)).toBeGreaterThan(18);
    expect(greatCircleKm(utrecht, amersfoort)).toBeLessThan(20);
    expect(nearestFacility(buildFacilityIndex([]), utrecht)).toBeUndefined();
  });
});
