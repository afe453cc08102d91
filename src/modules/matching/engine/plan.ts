// SPDX-License-Identifier: EUPL-1.2
/**
 * A mutable integral placement: which municipality holds each household, free places per
 * municipality, and the member list of each municipality (for swaps and ejections). Every
 * operation keeps the three consistent; capacity is the caller's responsibility.
 */
import type { PackedInstance } from './types.ts';

export class Plan {
  readonly instance: PackedInstance;
  /** Municipality index per household, -1 when unassigned. */
  readonly assignment: Int32Array;
  /** Capacity minus persons placed, per municipality. */
  readonly free: Float64Array;
  /** Households placed in each municipality, in no particular order. */
  readonly members: number[][];
  private readonly slot: Int32Array;

  constructor(instance: PackedInstance) {
    this.instance = instance;
    this.assignment = new Int32Array(instance.n).fill(-1);
    this.free = Float64Array.from(instance.capacities);
    this.members = Array.from({ length: instance.m }, () => []);
    this.slot = new Int32Array(instance.n).fill(-1);
  }

  /** Score of household h where it is now (0 when unassigned). */
  current(h: number): number {
    const d = this.assignment[h] as number;
    return d < 0 ? 0 : (this.instance.scores[h * this.instance.m + d] as number);
  }

  /** True when h may go to d and d has room for it (h's own persons counted as free if it is there). */
  fits(h: number, d: number): boolean {
    const { scores, sizes, m } = this.instance;
    if ((scores[h * m + d] as number) === Number.NEGATIVE_INFINITY) {
      return false;
    }
    const own = this.assignment[h] === d ? (sizes[h] as number) : 0;
    return (this.free[d] as number) + own >= (sizes[h] as number);
  }

  /** Places h (currently unassigned) in d. */
  place(h: number, d: number): void {
    const list = this.members[d] as number[];
    this.slot[h] = list.length;
    list.push(h);
    this.assignment[h] = d;
    this.free[d] = (this.free[d] as number) - (this.instance.sizes[h] as number);
  }

  /** Takes h out of its municipality (no-op when unassigned). */
  remove(h: number): void {
    const d = this.assignment[h] as number;
    if (d < 0) {
      return;
    }
    const list = this.members[d] as number[];
    const at = this.slot[h] as number;
    const last = list.pop() as number;
    if (last !== h) {
      list[at] = last;
      this.slot[last] = at;
    }
    this.slot[h] = -1;
    this.assignment[h] = -1;
    this.free[d] = (this.free[d] as number) + (this.instance.sizes[h] as number);
  }

  /** Moves h to d (placing it when unassigned). */
  move(h: number, d: number): void {
    this.remove(h);
    this.place(h, d);
  }

  /** Sum of the scores of the placed households. */
  objective(): number {
    let total = 0;
    for (let h = 0; h < this.instance.n; h++) {
      total += this.current(h);
    }
    return total;
  }
}
