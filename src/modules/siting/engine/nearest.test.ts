// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFacilityIndex, greatCircleKm, nearestFacility, nearestFacilityBruteForce, nearestFacilityGeokdbush, type LonLat } from './nearest.ts';

const inNetherlands = fc.record({ lon: fc.double({ min: 3.3, max: 7.2, noNaN: true }), lat: fc.double({ min: 50.8, max: 53.5, noNaN: true }) });
const anywhere = fc.record({ lon: fc.double({ min: -180, max: 180, noNaN: true }), lat: fc.double({ min: -89.9, max: 89.9, noNaN: true }) });

describe('[SITING] nearest facility', () => {
  it.each([
    ['points in the Netherlands', inNetherlands],
    ['points anywhere on earth (sparse, far, across the antimeridian)', anywhere],
  ])('finds the same distance as a brute-force scan, for %s', (_, points) => {
    fc.assert(
      fc.property(fc.array(points, { minLength: 1, maxLength: 300 }), fc.array(fc.oneof(inNetherlands, anywhere), { minLength: 1, maxLength: 20 }), (layer, sites) => {
        const index = buildFacilityIndex(layer);
        for (const site of sites) {
          const expected = nearestFacilityBruteForce(layer, site)?.km as number;
          expect(nearestFacility(index, site)?.km).toBeCloseTo(expected, 9);
          expect(nearestFacilityGeokdbush(index, site)?.km).toBeCloseTo(expected, 9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('finds a single far point and nothing in an empty layer', () => {
    const index = buildFacilityIndex([{ lon: -70, lat: -33 }]);
    const km = nearestFacility(index, { lon: 5.11, lat: 52.09 })?.km as number;
    expect(km).toBeCloseTo(greatCircleKm({ lon: -70, lat: -33 }, { lon: 5.11, lat: 52.09 }), 9);
    expect(nearestFacility(buildFacilityIndex([]), { lon: 5.11, lat: 52.09 })).toBeUndefined();
  });

  it('measures great-circle kilometres: Utrecht Centraal to Amersfoort Centraal is about 20 km', () => {
    const utrecht: LonLat = { lon: 5.1101, lat: 52.0894 };
    const amersfoort: LonLat = { lon: 5.3739, lat: 52.1532 };
    expect(greatCircleKm(utrecht, amersfoort)).toBeGreaterThan(18);
    expect(greatCircleKm(utrecht, amersfoort)).toBeLessThan(20);
  });
});
