// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { isIsoDate } from './csv-file.ts';

describe('[REGIONS] isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['not a date', false],
  ])('%s → %s (never throws)', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
