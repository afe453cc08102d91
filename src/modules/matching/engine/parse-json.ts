// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads instance files: JSON as `JSON.parse` reads it, except that each `households[i].scores`
 * array of numbers and nulls becomes a Float64Array with NaN for null (JSON has no NaN, so this is
 * unambiguous); `validateInstance` accepts both forms. A scores array holding anything else is
 * built as a plain array, so validation names the bad entry.
 *
 * Why not `JSON.parse`: a 20,000 × 342 instance holds 6.8 million scores, and `JSON.parse` boxes
 * each of them (arrays that mix numbers and null are not unboxed) in about 1.3 s, close to half
 * of the CLI's time budget.
 */
import { JsonReader, powers } from './json-reader.ts';

export { JsonSyntaxError } from './json-reader.ts';

/** Contexts: the document, the households array, one household. */
const documentContext = 0;
const householdsContext = 1;
const householdContext = 2;

class InstanceReader extends JsonReader {
  /**
   * Score rows are views into one growing buffer (one allocation per few thousand rows instead of
   * one per row); a row never spans two buffers.
   */
  private pool = new Float64Array(1 << 16);
  private used = 0;

  protected override property(context: number, key: string): unknown {
    if (context === documentContext && key === 'households') {
      return this.value(householdsContext);
    }
    if (context === householdContext && key === 'scores') {
      return this.scores();
    }
    return this.value(-1);
  }

  protected override elementContext(context: number): number {
    return context === householdsContext ? householdContext : -1;
  }

  /**
   * A scores array of numbers and nulls as a Float64Array (NaN = null); anything else as usual.
   * The hot loop of the reader (millions of entries), hence inlined scanning of short decimals;
   * anything unusual (a sign, an exponent, many digits) goes through `number()`.
   */
  private scores(): unknown {
    this.space();
    const start = this.at;
    const { bytes } = this;
    if (bytes[start] !== 0x5b) {
      return this.value(-1);
    }
    let i = start + 1;
    let count = 0;
    let scratch = this.pool;
    let base = this.used;
    for (;;) {
      // `| 0` turns a read past the end into 0 (not a digit), keeping the loop on numbers only.
      let c = (bytes[i] as number) | 0;
      while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        c = (bytes[++i] as number) | 0;
      }
      if (c === 0x5d && count === 0) {
        this.at = i + 1;
        return new Float64Array(0);
      }
      let value: number;
      if ((c - 0x30) >>> 0 <= 9) {
        const first = i;
        let mantissa = 0;
        do {
          mantissa = mantissa * 10 + (c - 0x30);
          c = (bytes[++i] as number) | 0;
        } while ((c - 0x30) >>> 0 <= 9);
        const integerDigits = i - first;
        let scale = -1;
        if (c === 0x2e) {
          const fraction = ++i;
          c = (bytes[i] as number) | 0;
          while ((c - 0x30) >>> 0 <= 9) {
            mantissa = mantissa * 10 + (c - 0x30);
            c = (bytes[++i] as number) | 0;
          }
          scale = i - fraction;
        }
        if (c === 0x65 || c === 0x45 || i - first > 15 || scale === 0 || (integerDigits > 1 && bytes[first] === 0x30)) {
          // Exponents, long mantissas and malformed numbers (reported there) take the general path.
          this.at = first;
          value = this.number();
          i = this.at;
        } else {
          value = mantissa / (powers[scale < 0 ? 0 : scale] as number);
        }
      } else if (c === 0x6e && bytes[i + 1] === 0x75 && bytes[i + 2] === 0x6c && bytes[i + 3] === 0x6c) {
        value = Number.NaN;
        i += 4;
      } else if (c === 0x2d) {
        this.at = i;
        value = this.number();
        i = this.at;
      } else {
        this.at = start;
        return this.array(-1);
      }
      if (base + count === scratch.length) {
        // Move this row to a fresh buffer (twice as large as it needs, at least the usual size).
        const fresh = new Float64Array(Math.max(1 << 16, (count + 1) * 2));
        fresh.set(scratch.subarray(base, base + count));
        scratch = fresh;
        this.pool = fresh;
        base = 0;
      }
      scratch[base + count++] = value;
      c = (bytes[i] as number) | 0;
      while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        c = (bytes[++i] as number) | 0;
      }
      if (c === 0x2c) {
        i += 1;
        continue;
      }
      this.at = i;
      this.expect(0x5d, "',' or ']'");
      this.used = base + count;
      return scratch.subarray(base, base + count);
    }
  }
}

/** Parses an instance file's bytes; throws `JsonSyntaxError` on malformed JSON. */
export function parseInstanceJson(bytes: Uint8Array): unknown {
  return new InstanceReader(bytes).document();
}
