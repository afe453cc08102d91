// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { crockfordAlphabet, newPseudonym, pseudonymPattern } from './pseudonym.ts';

describe('[HOUSEHOLDS] pseudonyms', () => {
  it('match the pattern the database checks, without ambiguous letters', () => {
    for (let i = 0; i < 500; i++) {
      expect(newPseudonym()).toMatch(pseudonymPattern);
    }
    expect(crockfordAlphabet).not.toMatch(/[ILOU]/);
    expect(new Set(crockfordAlphabet).size).toBe(32);
  });

  it('are random: 1,000 draws give 1,000 different pseudonyms', () => {
    expect(new Set(Array.from({ length: 1000 }, () => newPseudonym())).size).toBe(1000);
  });

  it('use every position of the alphabet', () => {
    let next = 0;
    expect(newPseudonym(() => next++ % 32)).toBe('HH-0123-4567');
    expect(newPseudonym(() => 31)).toBe('HH-ZZZZ-ZZZZ');
  });
});
