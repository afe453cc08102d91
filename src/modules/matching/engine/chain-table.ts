// SPDX-License-Identifier: EUPL-1.2
/**
 * The dynamic programme behind ejection chains (see `chains.ts`), for one direction:
 *  - push: k persons arrive at municipality b; one or two members leave b (each continuing its
 *    own chain) until the arrival fits. A hole left at b costs p_b per person.
 *  - pull: k places fall free at b; one or two households move in from elsewhere (each leaving a
 *    hole to be pulled in turn), or the places stay empty at p_b per person.
 * `cost[t][b, k]` is the least cost within t levels; `first`/`second` remember the arcs used.
 * An arc is "household g moves from `from` to `to`" with a non-negative reduced loss.
 */

/** The arcs of one search direction, grouped by municipality. */
export type ChainArcs = {
  /** Arcs grouped by the municipality whose state they serve (CSR offsets, length m + 1). */
  start: Int32Array;
  household: Int32Array;
  /** Municipality of the next state (push: where g goes; pull: where g comes from). */
  next: Int32Array;
  loss: Float64Array;
};

const tolerance = 1e-9;
/** Two households at once are considered only up to this many size classes (cost ~ classes³). */
const maxPairClasses = 12;

/** Costs and choices per (chain length, municipality, size class) for one direction. */
export class ChainTable {
  readonly cost: Float64Array;
  readonly first: Int32Array;
  readonly second: Int32Array;
  private readonly best1: Float64Array;
  private readonly arc1: Int32Array;
  private readonly best2: Float64Array;
  private readonly arc2: Int32Array;

  constructor(
    private readonly mode: 'push' | 'pull',
    private readonly m: number,
    private readonly values: number[],
    private readonly classOf: Int32Array,
    readonly depth: number,
  ) {
    const size = (depth + 1) * m * values.length;
    this.cost = new Float64Array(size);
    this.first = new Int32Array(size);
    this.second = new Int32Array(size);
    this.best1 = new Float64Array(values.length);
    this.arc1 = new Int32Array(values.length);
    this.best2 = new Float64Array(values.length);
    this.arc2 = new Int32Array(values.length);
  }

  /** Recomputes every layer for the given arcs, free places and prices. */
  compute(arcs: ChainArcs, free: Float64Array, prices: Float64Array): void {
    const states = this.m * this.values.length;
    for (let t = 0; t <= this.depth; t++) {
      for (let b = 0; b < this.m; b++) {
        this.collect(arcs, b, t, states);
        this.combine(b, t, states, free[b] as number, prices[b] as number);
      }
    }
  }

  /** Best and second-best continuation per size class among b's arcs (distinct households). */
  private collect(arcs: ChainArcs, b: number, t: number, states: number): void {
    const { best1, arc1, best2, arc2, classOf } = this;
    const classes = this.values.length;
    best1.fill(Number.POSITIVE_INFINITY);
    best2.fill(Number.POSITIVE_INFINITY);
    arc1.fill(-1);
    arc2.fill(-1);
    if (t === 0) {
      return;
    }
    const previous = (t - 1) * states;
    for (let a = arcs.start[b] as number; a < (arcs.start[b + 1] as number); a++) {
      const g = arcs.household[a] as number;
      const c = classOf[g] as number;
      if (c < 0) {
        continue;
      }
      const total = (arcs.loss[a] as number) + (this.cost[previous + (arcs.next[a] as number) * classes + c] as number);
      const holder = arc1[c] as number;
      if (total < (best1[c] as number)) {
        if (holder >= 0 && arcs.household[holder] !== g) {
          best2[c] = best1[c] as number;
          arc2[c] = holder;
        }
        best1[c] = total;
        arc1[c] = a;
      } else if (total < (best2[c] as number) && arcs.household[holder] !== g) {
        best2[c] = total;
        arc2[c] = a;
      }
    }
  }

  /** Cost of each state of b: absorb/leave as is, or use one or two households. */
  private combine(b: number, t: number, states: number, free: number, price: number): void {
    const { best1, arc1, best2, arc2, values } = this;
    const classes = values.length;
    const push = this.mode === 'push';
    const pairs = classes <= maxPairClasses;
    const base = t * states + b * classes;
    for (let k = 0; k < classes; k++) {
      const persons = values[k] as number;
      let best = push ? (free >= persons ? 0 : Number.POSITIVE_INFINITY) : price * persons;
      let first = -1;
      let second = -1;
      for (let c = 0; t > 0 && c < classes; c++) {
        const one = values[c] as number;
        const single = (best1[c] as number) + this.residual(push, free, price, persons, one);
        if (single < best - tolerance) {
          best = single;
          first = arc1[c] as number;
          second = -1;
        }
        for (let c2 = c; pairs && c2 < classes; c2++) {
          const other = c2 === c ? (best2[c] as number) : (best1[c2] as number);
          const pair = (best1[c] as number) + other + this.residual(push, free, price, persons, one + (values[c2] as number));
          if (pair < best - tolerance) {
            best = pair;
            first = arc1[c] as number;
            second = c2 === c ? (arc2[c] as number) : (arc1[c2] as number);
          }
        }
      }
      this.cost[base + k] = best;
      this.first[base + k] = first;
      this.second[base + k] = second;
    }
  }

  /**
   * Cost at b itself when `moved` persons leave (push) or come in (pull) for `persons`: the
   * places left empty at price p, or infinity when the move does not make the arrival fit.
   */
  private residual(push: boolean, free: number, price: number, persons: number, moved: number): number {
    if (push) {
      return free + moved >= persons ? price * Math.max(0, moved - persons) : Number.POSITIVE_INFINITY;
    }
    return moved <= persons + free ? price * Math.max(0, persons - moved) : Number.POSITIVE_INFINITY;
  }

  /** Appends the moves of the best solution of state (b, class k) at `depth` levels. */
  collectMoves(arcs: ChainArcs, b: number, k: number, moves: [number, number][]): void {
    const classes = this.values.length;
    const states = this.m * classes;
    const stack: number[] = [this.depth, b * classes + k];
    while (stack.length > 0) {
      const state = stack.pop() as number;
      const t = stack.pop() as number;
      if (t > 0) {
        this.follow(arcs, this.first[t * states + state] as number, t, state, moves, stack);
        this.follow(arcs, this.second[t * states + state] as number, t, state, moves, stack);
      }
    }
  }

  private follow(arcs: ChainArcs, arc: number, t: number, state: number, moves: [number, number][], stack: number[]): void {
    if (arc < 0) {
      return;
    }
    const classes = this.values.length;
    const g = arcs.household[arc] as number;
    const next = arcs.next[arc] as number;
    moves.push([g, this.mode === 'push' ? next : Math.floor(state / classes)]);
    stack.push(t - 1, next * classes + (this.classOf[g] as number));
  }
}
