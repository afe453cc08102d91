// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { forbiddenControlCharacters, maskContacts, normaliseText } from './reaction-text.ts';

describe('[PARTICIPATION] reaction text', () => {
  it.each([
    { name: 'an e-mail address', input: 'Mail me op jan.de.vries@example.nl graag', output: 'Mail me op […] graag' },
    { name: 'a mobile number with a dash', input: 'Bel 06-12345678 even', output: 'Bel […] even' },
    { name: 'a landline with spaces', input: 'Tel: 030 123 4567.', output: 'Tel: […].' },
    { name: 'an international number', input: 'of +31 6 1234 5678', output: 'of […]' },
    { name: 'both', input: 'a@b.nl en 0612345678', output: '[…] en […]' },
  ])('masks $name', ({ input, output }) => {
    expect(maskContacts(input)).toEqual({ text: output, containsContact: true });
  });

  it.each([
    'Er komen 250 mensen in 2026',
    'Op 1-2-2026 om 19.30 uur',
    'Postcode 3511 AB, huisnummer 12',
  ])('leaves ordinary numbers alone: %s', (input) => {
    expect(maskContacts(input)).toEqual({ text: input, containsContact: false });
  });

  it('removes direction overrides and zero-width characters, and unifies line breaks', () => {
    expect(normaliseText(' a\u202Eb\u200Bc\r\nd\re ')).toBe('abc\nd\ne');
  });

  it('recognises control characters that are refused', () => {
    expect(forbiddenControlCharacters.test('a\u0000b')).toBe(true);
    expect(forbiddenControlCharacters.test('a\u001Bb')).toBe(true);
    expect(forbiddenControlCharacters.test('regel\nregel\tmet tab')).toBe(false);
  });
});
