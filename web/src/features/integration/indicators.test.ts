// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bucketLabel, indicatorOf, slugOf } from './indicators.ts';

describe('waiting-time indicators in the address', () => {
  it('maps slugs both ways and opens the language list by default', () => {
    expect(indicatorOf('taal')).toBe('housing_to_language');
    expect(indicatorOf('huisvesting')).toBe('permit_to_housing');
    expect(indicatorOf(null)).toBe('housing_to_language');
    expect(slugOf('housing_to_education_or_work')).toBe('school-of-werk');
  });
});

describe('distribution buckets', () => {
  const texts = { range: (from: number, to: number) => `${from}–${to} dagen`, open: (from: number) => `${from} dagen of meer` };

  it('writes a bucket [from, to) with its last whole day, and the open one as "or more"', () => {
    expect(bucketLabel({ fromDays: 0, toDays: 28 }, texts)).toBe('0–27 dagen');
    expect(bucketLabel({ fromDays: 182, toDays: 365 }, texts)).toBe('182–364 dagen');
    expect(bucketLabel({ fromDays: 365, toDays: null }, texts)).toBe('365 dagen of meer');
  });
});
