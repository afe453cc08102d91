// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../config/env.ts';
import type { AreaGeometry } from '../regions/import/geometry.ts';
import { computeAdjacency } from './adjacency.ts';

type Feature = { properties: { gemeentecode: string }; geometry: AreaGeometry };

// The shipped CBS 2023 boundaries (generalised), as the product loads them.
const features = (
  JSON.parse(readFileSync(path.join(projectRoot, 'data/boundaries/nl_gemeenten_2023_cbs_kwb.geojson'), 'utf8')) as { features: Feature[] }
).features;
const adjacency = computeAdjacency(features.map((f) => ({ code: f.properties.gemeentecode, geometry: f.geometry })));

describe('[LOCATIONS] municipalities that share a border (shipped CBS 2023 boundaries)', () => {
  const cases = [
    // The city of Utrecht borders De Bilt, Zeist, Bunnik, Houten, Nieuwegein and Stichtse Vecht
    // (any map of the province shows it); Amersfoort, Rhenen and Veenendaal lie far to the east.
    { name: 'Utrecht', code: 'GM0344', borders: ['GM0310', 'GM0355', 'GM0312', 'GM0321', 'GM0356', 'GM1904'], notBorders: ['GM0307', 'GM0340', 'GM0345'] },
    // Amersfoort borders Soest, Baarn, Leusden and Bunschoten; not Utrecht or Houten.
    { name: 'Amersfoort', code: 'GM0307', borders: ['GM0342', 'GM0308', 'GM0327', 'GM0313'], notBorders: ['GM0344', 'GM0321'] },
  ];
  it.each(cases)('$name borders its neighbours and not distant municipalities', ({ code, borders, notBorders }) => {
    const found = adjacency.get(code) ?? [];
    expect(found).toEqual(expect.arrayContaining(borders));
    for (const other of notBorders) {
      expect(found).not.toContain(other);
    }
  });

  it('is symmetric, and no municipality is its own neighbour', () => {
    for (const [code, neighbours] of adjacency) {
      expect(neighbours).not.toContain(code);
      for (const other of neighbours) {
        expect(adjacency.get(other)).toContain(code);
      }
    }
  });

  it('gives every mainland municipality of the province of Utrecht at least two neighbours', () => {
    const utrechtCodes = ['GM0344', 'GM0307', 'GM0310', 'GM0355', 'GM0312', 'GM0321', 'GM0356'];
    for (const code of utrechtCodes) {
      expect((adjacency.get(code) ?? []).length).toBeGreaterThanOrEqual(2);
    }
  });
});
