// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseInstanceJson } from './parse-json.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** parseInstanceJson's result with typed score rows turned back into arrays (NaN → null). */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_, v: unknown) => (v instanceof Float64Array ? Array.from(v, (x) => (Number.isNaN(x) ? null : x)) : v)));
}

describe('[MATCHING] parseInstanceJson', () => {
  it('reads any JSON document exactly as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(parseInstanceJson(bytes(text))).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads every number exactly (fast path and fallback)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = JSON.stringify({ households: [{ scores: [x, null, x] }] });
        expect(plain(parseInstanceJson(bytes(text)))).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
    for (const text of ['0.1', '0.4123', '1e-7', '123456789012345678', '0.30000000000000004', '-0', '1E+2', '2.5e-3']) {
      expect(parseInstanceJson(bytes(text))).toBe(JSON.parse(text));
    }
  });

  it('turns households[i].scores into a Float64Array with NaN for null', () => {
    const result = parseInstanceJson(bytes('{"households":[{"id":"H1","scores":[0.5, null ,1]}],"scores":[1]}')) as {
      households: { scores: Float64Array }[];
      scores: unknown;
    };
    expect(Array.from(result.households[0]?.scores ?? [])).toEqual([0.5, Number.NaN, 1]);
    expect(result.scores).toEqual([1]);
  });

  it('keeps a scores array with other values as a plain array, for validation to report', () => {
    const result = parseInstanceJson(bytes('{"households":[{"scores":[0.5,"x",true]}]}')) as { households: { scores: unknown }[] };
    expect(result.households[0]?.scores).toEqual([0.5, 'x', true]);
  });

  it.each([
    ['{"a":1', /line 1, column 7: unexpected end of input/],
    ['{"a":1,}', /expected a property name/],
    ['[1,2]x', /unexpected data after the end/],
    ['{"a":01}', /invalid number/],
    ['{"households":[{"scores":[1.]}]}', /invalid number/],
    ['{"households":[{"scores":[0.5,01]}]}', /invalid number/],
    ['{"households":[{"scores":[0.5,]}]}', /unexpected character/],
    ['{\n"a": tru}', /line 2, column 6: unexpected character 't'/],
    ['"abc', /unterminated string/],
    ['', /unexpected end of input/],
  ])('reports %j with line and column', (text, message) => {
    expect(() => parseInstanceJson(bytes(text))).toThrow(JsonSyntaxError);
    expect(() => parseInstanceJson(bytes(text))).toThrow(message);
  });
});
