// SPDX-License-Identifier: EUPL-1.2
/**
 * A byte-level JSON reader (RFC 8259) that builds the same values as `JSON.parse`, with a hook
 * for subclasses to read selected properties their own way (see `parse-json.ts`).
 *
 * Numbers use the exact fast path (an integer mantissa below 2^53 scaled by a power of ten up
 * to 10^22 is correctly rounded by one IEEE operation) and otherwise `Number(text)`, so every
 * value equals what `JSON.parse` gives. Duplicate keys: the last one wins, as in `JSON.parse`.
 */

/** A syntax error with its line and column (1-based) for a person to find it. */
export class JsonSyntaxError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(`invalid JSON at line ${line}, column ${column}: ${message}`);
  }
}

/** 10^0 … 10^22, all exact doubles. */
export const powers = Float64Array.from({ length: 23 }, (_, i) => 10 ** i);
const decoder = new TextDecoder('utf-8');

/** Recursive-descent reader over UTF-8 bytes; `document()` reads one JSON text. */
export class JsonReader {
  protected at = 0;

  constructor(protected readonly bytes: Uint8Array) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.at = 3;
    }
  }

  /** Reads the whole document. */
  document(): unknown {
    const value = this.value(0);
    this.space();
    if (this.at < this.bytes.length) {
      this.fail('unexpected data after the end of the document');
    }
    return value;
  }

  /**
   * The value of property `key` of an object read in `context`; subclasses override this to
   * read some properties differently. `context` numbers are the subclass's business (0 is the
   * document's top-level object, -1 anything without a special meaning).
   */
  protected property(_context: number, _key: string): unknown {
    return this.value(-1);
  }

  /** Context of the elements of an array read in `context` (-1: nothing special). */
  protected elementContext(_context: number): number {
    return -1;
  }

  /** Reads any value; `context` is passed on to objects and arrays. */
  protected value(context: number): unknown {
    this.space();
    const byte = this.bytes[this.at];
    if (byte === 0x7b) {
      return this.object(context);
    }
    if (byte === 0x5b) {
      return this.array(this.elementContext(context));
    }
    if (byte === 0x22) {
      return this.string();
    }
    if (byte === 0x2d || (byte !== undefined && byte >= 0x30 && byte <= 0x39)) {
      return this.number();
    }
    return this.literal();
  }

  protected object(context: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.at += 1;
    this.space();
    if (this.bytes[this.at] === 0x7d) {
      this.at += 1;
      return result;
    }
    for (;;) {
      this.space();
      if (this.bytes[this.at] !== 0x22) {
        this.fail('expected a property name in double quotes');
      }
      const key = this.string();
      this.space();
      this.expect(0x3a, "':'");
      const value = this.property(context, key);
      if (key === '__proto__') {
        // An own property, as JSON.parse makes it, not the prototype.
        Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      } else {
        result[key] = value;
      }
      this.space();
      if (this.bytes[this.at] === 0x2c) {
        this.at += 1;
        continue;
      }
      this.expect(0x7d, "',' or '}'");
      return result;
    }
  }

  /** Reads an array whose elements are read in `elementContext`. */
  protected array(elementContext: number): unknown[] {
    const result: unknown[] = [];
    this.at += 1;
    this.space();
    if (this.bytes[this.at] === 0x5d) {
      this.at += 1;
      return result;
    }
    for (;;) {
      result.push(this.value(elementContext));
      this.space();
      if (this.bytes[this.at] === 0x2c) {
        this.at += 1;
        continue;
      }
      this.expect(0x5d, "',' or ']'");
      return result;
    }
  }

  protected number(): number {
    const { bytes } = this;
    const length = bytes.length;
    const start = this.at;
    let i = start;
    if (bytes[i] === 0x2d) {
      i += 1;
    }
    let mantissa = 0;
    const first = i;
    for (; i < length; i++) {
      const c = bytes[i] as number;
      if (c < 0x30 || c > 0x39) {
        break;
      }
      mantissa = mantissa * 10 + (c - 0x30);
    }
    let digits = i - first;
    if (digits === 0 || (digits > 1 && bytes[first] === 0x30)) {
      this.fail('invalid number');
    }
    let scale = 0;
    if (bytes[i] === 0x2e) {
      i += 1;
      const fraction = i;
      for (; i < length; i++) {
        const c = bytes[i] as number;
        if (c < 0x30 || c > 0x39) {
          break;
        }
        mantissa = mantissa * 10 + (c - 0x30);
      }
      if (i === fraction) {
        this.fail('invalid number');
      }
      scale = i - fraction;
      digits += scale;
    }
    let exact = digits <= 15;
    if (bytes[i] === 0x65 || bytes[i] === 0x45) {
      exact = false;
      i += 1;
      if (bytes[i] === 0x2b || bytes[i] === 0x2d) {
        i += 1;
      }
      const exponent = i;
      while (i < length && (bytes[i] as number) >= 0x30 && (bytes[i] as number) <= 0x39) {
        i += 1;
      }
      if (i === exponent) {
        this.fail('invalid number');
      }
    }
    this.at = i;
    if (!exact) {
      return Number(decoder.decode(bytes.subarray(start, i)));
    }
    // digits ≤ 15 keeps the mantissa below 2^53 and the scale within 10^22: one correctly rounded division.
    const magnitude = mantissa / (powers[scale] as number);
    return bytes[start] === 0x2d ? -magnitude : magnitude;
  }

  private string(): string {
    const { bytes } = this;
    const start = this.at + 1;
    let i = start;
    let plain = true;
    while (i < bytes.length && bytes[i] !== 0x22) {
      const byte = bytes[i] as number;
      if (byte === 0x5c) {
        plain = false;
        i += 2;
        continue;
      }
      if (byte < 0x20) {
        this.at = i;
        this.fail('control character in string');
      }
      i += 1;
    }
    if (i >= bytes.length) {
      this.at = bytes.length;
      this.fail('unterminated string');
    }
    this.at = i + 1;
    if (plain && i - start <= 32 && isAscii(bytes, start, i)) {
      let text = '';
      for (let k = start; k < i; k++) {
        text += String.fromCharCode(bytes[k] as number);
      }
      return text;
    }
    const raw = decoder.decode(bytes.subarray(start, i));
    if (plain) {
      return raw;
    }
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      this.at = start;
      return this.fail('invalid escape in string');
    }
  }

  private literal(): unknown {
    for (const [word, value] of [['null', null], ['true', true], ['false', false]] as const) {
      if (this.matches(word)) {
        this.at += word.length;
        return value;
      }
    }
    return this.fail(this.at >= this.bytes.length ? 'unexpected end of input' : `unexpected character '${String.fromCharCode(this.bytes[this.at] as number)}'`);
  }

  private matches(word: string): boolean {
    for (let k = 0; k < word.length; k++) {
      if (this.bytes[this.at + k] !== word.charCodeAt(k)) {
        return false;
      }
    }
    return true;
  }

  protected space(): void {
    const { bytes } = this;
    let i = this.at;
    for (; i < bytes.length; i++) {
      const c = bytes[i] as number;
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
        break;
      }
    }
    this.at = i;
  }

  protected expect(byte: number, what: string): void {
    if (this.bytes[this.at] !== byte) {
      this.fail(this.at >= this.bytes.length ? `unexpected end of input, expected ${what}` : `expected ${what}`);
    }
    this.at += 1;
  }

  protected fail(message: string): never {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < this.at && k < this.bytes.length; k++) {
      if (this.bytes[k] === 0x0a) {
        line += 1;
        lineStart = k + 1;
      }
    }
    throw new JsonSyntaxError(message, line, this.at - lineStart + 1);
  }
}

function isAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if ((bytes[i] as number) >= 0x80) {
      return false;
    }
  }
  return true;
}
