// SPDX-License-Identifier: EUPL-1.2
/**
 * Lazy best-option lookup for the auction, where prices only rise.
 *
 * Why: a full scan of a household's 342 options costs about a microsecond and the auction makes
 * hundreds of thousands of bids. Values s − p·size only fall while prices rise, so values
 * computed at an earlier moment are upper bounds on the current ones. Each household keeps its
 * `width` best options from its last full scan plus the value of the best option left out
 * (`cutoff`). If the current second-best among the kept options is at least `cutoff`, no option
 * outside can matter and the answer is exact; otherwise the row is rescanned and the list renewed.
 * Only valid while prices never decrease.
 */
import type { PackedInstance } from './types.ts';

/** Result slots, reused between calls to avoid allocation in hot loops. */
export type BestTwo = { best: number; second: number; target: number };

/** Per-household short lists of best options, valid while prices only rise. */
export class OptionCache {
  /** Full row scans so far (for diagnostics). */
  rescans = 0;
  private readonly instance: PackedInstance;
  private readonly width: number;
  private readonly list: Int32Array;
  /** Scores of the listed options, stored next to them so a lookup stays in one cache line. */
  private readonly listScore: Float64Array;
  private readonly count: Int32Array;
  private readonly cutoff: Float64Array;
  private readonly topValue: Float64Array;
  private readonly topIndex: Int32Array;

  constructor(instance: PackedInstance, width: number) {
    this.instance = instance;
    this.width = width;
    this.list = new Int32Array(instance.n * width);
    this.listScore = new Float64Array(instance.n * width);
    this.count = new Int32Array(instance.n);
    this.cutoff = new Float64Array(instance.n).fill(Number.POSITIVE_INFINITY);
    this.topValue = new Float64Array(width + 1);
    this.topIndex = new Int32Array(width + 1);
  }

  /**
   * Best and second-best value of household h at `prices` (second floored at 0, the value of
   * staying unplaced) and the municipality of the best (-1 when nothing is allowed).
   */
  bestTwo(prices: Float64Array, h: number, out: BestTwo): void {
    const size = this.instance.sizes[h] as number;
    const base = h * this.width;
    const length = this.count[h] as number;
    let best = Number.NEGATIVE_INFINITY;
    let second = 0;
    let target = -1;
    for (let i = 0; i < length; i++) {
      const d = this.list[base + i] as number;
      const value = (this.listScore[base + i] as number) - (prices[d] as number) * size;
      if (value > best) {
        second = best > second ? best : second;
        best = value;
        target = d;
      } else if (value > second) {
        second = value;
      }
    }
    if (second < (this.cutoff[h] as number)) {
      this.refresh(prices, h);
      this.bestTwo(prices, h, out);
      return;
    }
    out.best = best;
    out.second = second;
    out.target = target;
  }

  /** Rescans the row of h and keeps its `width` best options and the best value left out. */
  private refresh(prices: Float64Array, h: number): void {
    const { m, scores, sizes } = this.instance;
    const size = sizes[h] as number;
    const row = h * m;
    const { topValue, topIndex, width } = this;
    let kept = 0;
    for (let d = 0; d < m; d++) {
      const value = (scores[row + d] as number) - (prices[d] as number) * size;
      if (value === Number.NEGATIVE_INFINITY || (kept > width && value <= (topValue[width] as number))) {
        continue;
      }
      let i = kept <= width ? kept : width;
      kept = kept <= width ? kept + 1 : kept;
      while (i > 0 && (topValue[i - 1] as number) < value) {
        topValue[i] = topValue[i - 1] as number;
        topIndex[i] = topIndex[i - 1] as number;
        i -= 1;
      }
      topValue[i] = value;
      topIndex[i] = d;
    }
    const length = Math.min(kept, width);
    const base = h * width;
    for (let i = 0; i < length; i++) {
      const d = topIndex[i] as number;
      this.list[base + i] = d;
      this.listScore[base + i] = scores[row + d] as number;
    }
    this.count[h] = length;
    this.cutoff[h] = kept > width ? (topValue[width] as number) : Number.NEGATIVE_INFINITY;
    this.rescans += 1;
  }
}
