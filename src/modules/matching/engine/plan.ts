// SPDX-License-Identifier: EUPL-1.2
/**
 * A mutable integral placement: which municipality holds each household, free places per
 * municipality, and the member list of each municipality (for swaps and ejections). Every
 * operation keeps the three consistent; capacity is the caller's responsibility.
 */
import type { PackedInstance } from './types.ts';

/** One integral placement under construction (see the file comment). */
export class Plan {
  readonly instance: PackedInstance;
  /** Municipality index per household, -1 when unassigned. */
  readonly assignment: Int32Array;
  /** Capacity minus persons placed, per municipality. */
  readonly free: Float64Array;
  /** Households placed in each municipality, in no particular order. */
  readonly members: number[][];
  /** Score of each household where it is now (0 when unassigned). */
  private readonly value: Float64Array;
  private readonly slot: Int32Array;
  /** Scratch for `tryMoves`: epoch stamps per household and municipality, and load changes. */
  private readonly seenAt: Int32Array;
  private readonly touchedAt: Int32Array;
  private readonly delta: Float64Array;
  private readonly touched: number[] = [];
  private epoch = 0;

  constructor(instance: PackedInstance) {
    this.instance = instance;
    this.assignment = new Int32Array(instance.n).fill(-1);
    this.free = Float64Array.from(instance.capacities);
    this.members = Array.from({ length: instance.m }, () => []);
    this.slot = new Int32Array(instance.n).fill(-1);
    this.value = new Float64Array(instance.n);
    this.seenAt = new Int32Array(instance.n);
    this.touchedAt = new Int32Array(instance.m);
    this.delta = new Float64Array(instance.m);
  }

  /**
   * Applies a composite move ([household, municipality] steps) when, on the current plan, no
   * household moves twice, every target is allowed, the capacities hold afterwards, and the total
   * score rises (or `mustPlace`: any change is accepted). Returns whether it was applied.
   */
  tryMoves(moves: [number, number][], mustPlace: boolean, tolerance: number): boolean {
    const { m, scores, sizes } = this.instance;
    this.epoch += 1;
    this.touched.length = 0;
    let gain = 0;
    for (const [g, e] of moves) {
      if (this.seenAt[g] === this.epoch || (scores[g * m + e] as number) === Number.NEGATIVE_INFINITY) {
        return false;
      }
      this.seenAt[g] = this.epoch;
      gain += (scores[g * m + e] as number) - (this.value[g] as number);
      this.shiftLoad(e, -(sizes[g] as number));
      const from = this.assignment[g] as number;
      if (from >= 0) {
        this.shiftLoad(from, sizes[g] as number);
      }
    }
    if (!mustPlace && gain <= tolerance) {
      return false;
    }
    for (const d of this.touched) {
      if ((this.free[d] as number) + (this.delta[d] as number) < 0) {
        return false;
      }
    }
    for (const [g, e] of moves) {
      this.move(g, e);
    }
    return true;
  }

  private shiftLoad(d: number, change: number): void {
    if (this.touchedAt[d] !== this.epoch) {
      this.touchedAt[d] = this.epoch;
      this.delta[d] = 0;
      this.touched.push(d);
    }
    this.delta[d] = (this.delta[d] as number) + change;
  }

  /** A plan holding the given assignment (municipality index per household, -1 = unassigned). */
  static fromAssignment(instance: PackedInstance, assignment: Int32Array): Plan {
    const plan = new Plan(instance);
    assignment.forEach((d, h) => {
      if (d >= 0) {
        plan.place(h, d);
      }
    });
    return plan;
  }

  /** Score of household h where it is now (0 when unassigned). */
  current(h: number): number {
    return this.value[h] as number;
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
    this.value[h] = this.instance.scores[h * this.instance.m + d] as number;
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
    this.value[h] = 0;
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
