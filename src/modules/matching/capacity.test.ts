// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { capacityOf, largeHomeSize } from './capacity.ts';

describe('capacityOf', () => {
  it.each([
    { remaining: 12.4, homes: null, large: 5, capacity: 12, limit: 'task', homesPersons: null },
    { remaining: 12, homes: { small: 3, medium: 1, large: 0 }, large: 5, capacity: 10, limit: 'homes', homesPersons: 10 },
    { remaining: 8, homes: { small: 3, medium: 1, large: 0 }, large: 5, capacity: 8, limit: 'task', homesPersons: 10 },
    { remaining: 10, homes: { small: 3, medium: 1, large: 0 }, large: 5, capacity: 10, limit: 'task', homesPersons: 10 },
    { remaining: 30, homes: { small: 0, medium: 0, large: 2 }, large: 7, capacity: 14, limit: 'homes', homesPersons: 14 },
    { remaining: 30, homes: { small: 0, medium: 0, large: 0 }, large: 5, capacity: 0, limit: 'homes', homesPersons: 0 },
    { remaining: -4, homes: { small: 1, medium: 0, large: 0 }, large: 5, capacity: 0, limit: 'task', homesPersons: 2 },
  ] as const)('remaining $remaining, homes $homes → $capacity ($limit)', ({ remaining, homes, large, capacity, limit, homesPersons }) => {
    const result = capacityOf(remaining, homes, large);
    expect(result).toMatchObject({ capacity, limit, homesPersons });
    expect(result.how).toContain(`= ${capacity}`);
  });

  it('counts a large home as the largest household to place, at least 5', () => {
    expect(largeHomeSize([])).toBe(5);
    expect(largeHomeSize([1, 3, 4])).toBe(5);
    expect(largeHomeSize([2, 8, 6])).toBe(8);
  });
});
