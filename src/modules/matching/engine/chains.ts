// SPDX-License-Identifier: EUPL-1.2
/**
 * Ejection chains: composite moves found by depth-limited shortest-path searches.
 *
 * Moving household h from a to d is often only worth it if d makes room and a's empty places are
 * refilled. So a move is h's own step plus two trees of steps from `ChainTable`: a push tree
 * (members leave d, and members of their destinations leave in turn, until everything fits) and
 * a pull tree (households move into a, and into the places they leave, until the rest may stay
 * empty). Searching (municipality, size class) states makes sizes exact: a family of five can
 * displace a couple and a family of three.
 *
 * Costs are in reduced terms (c = s − p·size), which regroups the objective change by
 * municipality: a step costs c_from − c_to (≥ −ε for a household at its best option; clamped at
 * 0) and places left empty at a priced municipality cost p per person. Filling free places is not
 * counted as a gain and no cost is negative: a shortest-path search cannot tell a chain from a
 * walk that reuses a household or the same free places twice, and with raw scores it chases
 * exactly such walks. The real gain is computed when a composite move is re-checked on the current
 * plan (the tables go stale as the plan changes), so every applied move keeps the plan feasible.
 */
import { ChainTable } from './chain-table.ts';
import type { ChainArcs } from './chain-table.ts';
import type { Interest } from './interest.ts';
import type { Plan } from './plan.ts';

/** One step of a composite move: [household, municipality]. */
export type Move = [number, number];

const tolerance = 1e-9;
const maxSizeClasses = 32;
/**
 * Steps losing more than this (in reduced score) are left out of the search: a composite move
 * gains at most its first household's reduced gain, which at near-optimal prices is far smaller,
 * and the left-out steps are a large share of the arcs to build every round.
 */
const maxArcLoss = 0.25;

/** Push and pull tables over one plan, and the composite moves they suggest. */
export class ChainSearch {
  private readonly classOf: Int32Array;
  private readonly pushArcs: ChainArcs;
  private readonly pullArcs: ChainArcs;
  private readonly push: ChainTable;
  private readonly pull: ChainTable;
  private readonly classes: number;
  private readonly values: number[];

  constructor(
    private readonly plan: Plan,
    private readonly prices: Float64Array,
    private readonly interest: Interest,
    private readonly depth: number,
  ) {
    const { n, m, sizes } = plan.instance;
    const values = [...new Set(sizes)].sort((a, b) => a - b).slice(0, maxSizeClasses);
    const index = new Map(values.map((v, i) => [v, i]));
    this.classOf = Int32Array.from(sizes, (s) => index.get(s) ?? -1);
    this.classes = values.length;
    this.values = values;
    const arcs = (): ChainArcs => ({
      start: new Int32Array(m + 1),
      household: new Int32Array(n * interest.width),
      next: new Int32Array(n * interest.width),
      loss: new Float64Array(n * interest.width),
    });
    this.pushArcs = arcs();
    this.pullArcs = arcs();
    this.push = new ChainTable('push', m, values, this.classOf, depth);
    this.pull = new ChainTable('pull', m, values, this.classOf, depth);
  }

  /** Recomputes arcs and both tables on the current plan. */
  refresh(): void {
    this.buildArcs();
    this.push.compute(this.pushArcs, this.plan.free, this.prices);
    this.pull.compute(this.pullArcs, this.plan.free, this.prices);
  }

  /** The best composite move bringing h into one of its options, with its estimated net gain. */
  bestChain(h: number): { chain: Move[]; net: number } | undefined {
    const { m, scores, fixed, sizes } = this.plan.instance;
    const { width, options } = this.interest;
    const k = this.classOf[h] as number;
    if (k < 0) {
      return undefined;
    }
    const last = this.depth * m * this.classes;
    const a = this.plan.assignment[h] as number;
    const size = sizes[h] as number;
    const here = a < 0 ? 0 : this.plan.current(h) - (this.prices[a] as number) * size;
    const refill = a < 0 ? 0 : (this.pull.cost[last + a * this.classes + k] as number);
    let net = Number.NEGATIVE_INFINITY;
    let target = -1;
    for (let i = 0; i < width; i++) {
      const d = options[h * width + i] as number;
      if (d < 0 || d === a || (fixed[h] !== -1 && fixed[h] !== d)) {
        continue;
      }
      const reduced = (scores[h * m + d] as number) - (this.prices[d] as number) * size;
      const value = reduced - here - refill - (this.push.cost[last + d * this.classes + k] as number);
      if (value > net) {
        net = value;
        target = d;
      }
    }
    if (target < 0 || net === Number.NEGATIVE_INFINITY) {
      return undefined;
    }
    const chain: Move[] = [[h, target]];
    this.push.collectMoves(this.pushArcs, target, k, chain);
    if (a >= 0) {
      this.pull.collectMoves(this.pullArcs, a, k, chain);
    }
    return { chain, net };
  }

  /**
   * One round: refresh, then apply every improving composite move that still checks out. Only
   * households below their best reduced value (or unplaced) can gain from a move of their own:
   * chain costs are never negative. Free places at a positive price are offered separately to
   * the cheapest households that can be pulled in.
   */
  improveRound(): number {
    this.refresh();
    const { n, m } = this.plan.instance;
    let moves = 0;
    for (let h = 0; h < n; h++) {
      if (!this.belowBest(h)) {
        continue;
      }
      // Placing an unplaced household comes first, whatever it costs in score.
      const unplaced = this.plan.assignment[h] === -1;
      const found = this.bestChain(h);
      if (found && (unplaced || found.net > tolerance) && applyChain(this.plan, found.chain, unplaced)) {
        moves += found.chain.length;
      }
    }
    const last = this.depth * m * this.classes;
    for (let b = 0; b < m; b++) {
      const free = this.plan.free[b] as number;
      const price = this.prices[b] as number;
      for (let k = this.classes - 1; k >= 0 && price > 0; k--) {
        const persons = this.values[k] as number;
        if (persons > free || (this.pull.cost[last + b * this.classes + k] as number) >= price * persons - tolerance) {
          continue;
        }
        const chain: Move[] = [];
        this.pull.collectMoves(this.pullArcs, b, k, chain);
        if (chain.length > 0 && applyChain(this.plan, chain, false)) {
          moves += chain.length;
          break;
        }
      }
    }
    return moves;
  }

  /** True when h is unplaced or sits below its best reduced value. */
  private belowBest(h: number): boolean {
    const a = this.plan.assignment[h] as number;
    if (a < 0) {
      return true;
    }
    const reduced = this.plan.current(h) - (this.prices[a] as number) * (this.plan.instance.sizes[h] as number);
    return reduced < (this.interest.bestValue[h] as number) - tolerance;
  }

  private buildArcs(): void {
    const { plan, prices, interest, pushArcs, pullArcs } = this;
    const { m, fixed, sizes } = plan.instance;
    const { width, options, optionScore, interested } = interest;
    let pushed = 0;
    let pulled = 0;
    for (let b = 0; b < m; b++) {
      pushArcs.start[b] = pushed;
      for (const g of plan.members[b] as number[]) {
        if (fixed[g] !== -1) {
          continue;
        }
        const size = sizes[g] as number;
        const here = plan.current(g) - (prices[b] as number) * size;
        for (let i = g * width; i < (g + 1) * width; i++) {
          const e = options[i] as number;
          const loss = here - ((optionScore[i] as number) - (prices[e] as number) * size);
          if (e >= 0 && e !== b && loss <= maxArcLoss) {
            pushArcs.household[pushed] = g;
            pushArcs.next[pushed] = e;
            pushArcs.loss[pushed] = Math.max(0, loss);
            pushed += 1;
          }
        }
      }
      pullArcs.start[b] = pulled;
      for (const entry of interested[b] as Int32Array) {
        const g = (entry / width) | 0;
        const from = plan.assignment[g] as number;
        if (from < 0 || from === b || fixed[g] !== -1) {
          continue;
        }
        const size = sizes[g] as number;
        const loss = plan.current(g) - (prices[from] as number) * size - ((optionScore[entry] as number) - (prices[b] as number) * size);
        if (loss > maxArcLoss) {
          continue;
        }
        pullArcs.household[pulled] = g;
        pullArcs.next[pulled] = from;
        pullArcs.loss[pulled] = Math.max(0, loss);
        pulled += 1;
      }
    }
    pushArcs.start[m] = pushed;
    pullArcs.start[m] = pulled;
  }
}

/**
 * Applies the moves when, on the current plan, they are feasible and raise the total score (or,
 * with `mustPlace`, place an unassigned household at whatever net change).
 */
export function applyChain(plan: Plan, chain: Move[], mustPlace: boolean): boolean {
  return plan.tryMoves(chain, mustPlace, tolerance);
}
