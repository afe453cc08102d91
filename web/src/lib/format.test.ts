// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format.ts';

describe('formatNumber', () => {
  it.each([
    [374238, 'nl', '374.238'],
    [1400057, 'nl', '1.400.057'],
    [999, 'nl', '999'],
    [0, 'nl', '0'],
    [374238, 'en', '374,238'],
  ] as const)('formats %d in %s as %s', (value, language, expected) => {
    expect(formatNumber(value, language)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-01-01', 'nl', '1 januari 2024'],
    ['2023-12-31', 'nl', '31 december 2023'],
    ['2019-01-01', 'en', '1 January 2019'],
  ] as const)('formats %s in %s as %s', (iso, language, expected) => {
    expect(formatDate(iso, language)).toBe(expected);
  });

  it('does not shift the day in a time zone west of UTC', () => {
    expect(formatDate('2024-01-01T00:00:00Z', 'nl')).toBe('1 januari 2024');
  });

  it('returns text it cannot read unchanged rather than "Invalid Date"', () => {
    expect(formatDate('onbekend', 'nl')).toBe('onbekend');
  });
});

describe('formatDateTime', () => {
  it('writes the month out in Dutch', () => {
    expect(formatDateTime('2026-11-28T12:00:00Z', 'nl')).toMatch(/november 2026/);
  });
});
