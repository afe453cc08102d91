// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { changeLines } from './changes.ts';

describe('changeLines', () => {
  it('shows before → after for an update and only the value for an insert or delete', () => {
    expect(changeLines({ phone: { before: '030 1', after: '030 2' }, note: { after: 'Open' }, website: { before: 'https://a.nl' } })).toEqual([
      { field: 'phone', redacted: false, text: '030 1 → 030 2' },
      { field: 'note', redacted: false, text: 'Open' },
      { field: 'website', redacted: false, text: 'https://a.nl' },
    ]);
  });

  it('never shows a value of a redacted field', () => {
    expect(changeLines({ contact_email: { redacted: true } })).toEqual([{ field: 'contact_email', redacted: true }]);
  });

  it('writes null as a dash and shortens long values', () => {
    const lines = changeLines({ phone: { before: null, after: '030' }, geometry: { after: { coordinates: 'x'.repeat(500) } } });
    expect(lines[0]).toEqual({ field: 'phone', redacted: false, text: '— → 030' });
    const long = lines[1];
    expect(long && !long.redacted ? long.text.length : 0).toBe(120);
  });
});
