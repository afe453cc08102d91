// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { changeLines } from './changes.ts';

describe('changeLines', () => {
  it('shows old → new pairs', () => {
    expect(changeLines({ phone: { old: null, new: '030 123' } })).toEqual([{ field: 'phone', value: '— → 030 123' }]);
  });

  it('shows plain values and shortens long ones', () => {
    const lines = changeLines({ name: 'Utrecht', note: 'x'.repeat(500) });
    expect(lines[0]).toEqual({ field: 'name', value: 'Utrecht' });
    expect(lines[1]?.value.length).toBe(120);
    expect(lines[1]?.value.endsWith('…')).toBe(true);
  });

  it('copes with non-object changes', () => {
    expect(changeLines(null)).toEqual([]);
    expect(changeLines(['a'])).toEqual([{ field: '', value: '["a"]' }]);
  });
});
