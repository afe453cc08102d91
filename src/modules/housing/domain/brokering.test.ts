// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { neighboursOf } from './adjacency.ts';
import { checkAgreement, positionsOf, proposePairs } from './brokering.ts';

const square = (code: string, x: number, y: number) => ({
  code,
  geometry: { type: 'Polygon' as const, coordinates: [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]] },
});

describe('adjacency from boundaries', () => {
  it('finds squares that share an edge, not those apart', () => {
    const n = neighboursOf([square('A', 5, 52), square('B', 5.1, 52), square('C', 5.5, 52)]);
    expect([...(n.get('A') ?? [])]).toEqual(['B']);
    expect([...(n.get('C') ?? [])]).toEqual([]);
  });
});

describe('brokering', () => {
  const positions = positionsOf([
    { code: 'A', name: 'A', gap: 30 },
    { code: 'B', name: 'B', gap: -20 },
    { code: 'C', name: 'C', gap: -25 },
    { code: 'D', name: 'D', gap: null },
  ]);

  it('pairs a deficit with its neighbour first, then with others', () => {
    // A needs 30; its neighbour B has 20 spare and C (not a neighbour) 25: B 20, then C 10.
    expect(proposePairs(positions, new Map([['A', new Set(['B'])]]))).toEqual([
      { from: 'A', to: 'B', persons: 20, neighbours: true },
      { from: 'A', to: 'C', persons: 10, neighbours: false },
    ]);
  });

  it('refuses an agreement that exceeds the surplus, with the reason', () => {
    const b = positions.find((p) => p.code === 'B');
    expect(checkAgreement(b, 20, '2025-I')).toBeNull();
    expect(checkAgreement(b, 21, '2025-I')).toBe('B (B) has a projected surplus of 20 persons in 2025-I; an agreement for 21 exceeds it.');
    expect(checkAgreement(undefined, 1, '2025-I')).toContain('no surplus');
  });
});
