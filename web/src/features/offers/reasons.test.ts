// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseReason, reasonMessage } from './reasons.ts';

describe('match reasons', () => {
  it.each([
    ['language_meets:A2 ≥ A1', { code: 'language_meets', detail: 'A2 ≥ A1' }],
    ['education_meets:ISCED 3 ≥ 2', { code: 'education_meets', detail: 'ISCED 3 ≥ 2' }],
    ['interest:language_practice', { code: 'interest', detail: 'language_practice' }],
    ['odd', { code: 'odd', detail: '' }],
  ])('parses %s', (text, expected) => {
    expect(parseReason(text)).toEqual(expected);
  });

  it('names the text of each known code and translates an interest as well', () => {
    expect(reasonMessage({ code: 'isco_major', detail: '71' })).toEqual({ key: 'offers.reasons.isco_major', detail: '71', detailKey: null });
    expect(reasonMessage({ code: 'interest', detail: 'sport' })).toEqual({ key: 'offers.reasons.interest', detail: 'sport', detailKey: 'offers.interests.sport' });
  });

  it('shows an unknown code as it came instead of a missing text', () => {
    expect(reasonMessage({ code: 'new_rule', detail: 'x' })).toEqual({ key: 'offers.reasons.other', detail: 'new_rule: x', detailKey: null });
  });
});
