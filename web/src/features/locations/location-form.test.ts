// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { emptyLocationForm, parseLocationForm, parseNumber, toUpdateInput } from './location-form.ts';

describe('[LOCATIONS] the location form', () => {
  const numbers = [
    { text: '52,0907', expected: 52.0907 },
    { text: '5.1213', expected: 5.1213 },
    { text: '3.000.000', expected: 3_000_000 },
    { text: ' 300 ', expected: 300 },
    { text: '', expected: undefined },
    { text: 'veel', expected: Number.NaN },
  ];
  it.each(numbers)('reads "$text" as $expected', ({ text, expected }) => {
    expect(parseNumber(text)).toEqual(expected);
  });

  it('names the empty and non-numeric fields before sending', () => {
    const result = parseLocationForm({ ...emptyLocationForm, name: 'Kantoor', latitude: 'noord', capacity: '300' });
    expect(result).toEqual({ ok: false, invalid: ['longitude', 'latitude'] });
  });

  it('builds the create input, leaving empty optional fields out', () => {
    const result = parseLocationForm({
      ...emptyLocationForm,
      name: ' Kantoor Binnenstad ',
      latitude: '52,0907',
      longitude: '5,1213',
      capacity: '300',
      yearlyCostEur: '3.000.000',
      costSource: 'Begroting COA 2016',
    });
    expect(result).toEqual({
      ok: true,
      input: {
        name: 'Kantoor Binnenstad',
        latitude: 52.0907,
        longitude: 5.1213,
        kind: 'structural',
        buildingType: 'office',
        capacity: 300,
        yearlyCostEur: 3_000_000,
        costSource: 'Begroting COA 2016',
      },
    });
    if (result.ok) {
      expect(toUpdateInput(result.input)).toMatchObject({ address: null, oneOffCostEur: null, yearlyCostEur: 3_000_000 });
    }
  });
});
