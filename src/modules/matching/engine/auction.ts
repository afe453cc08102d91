// SPDX-License-Identifier: EUPL-1.2
/**
 * Price-raising auction on the LP relaxation (Bertsekas' auction for transportation problems).
 *
 * Why this algorithm: with households made divisible, the LP relaxation is a transportation
 * problem (size_h persons at s_hd/size_h per person; cap_d places) whose dual prices are exactly
 * the multipliers of the Lagrangian bound. The auction finds prices within ε per person of the
 * LP optimum, so the bound is within ε·(persons) of the best possible Lagrangian bound, and its
 * allocation leaves at most a few hundred households split, which the repair rounds.
 *
 * Mechanics: an unplaced household bids for its best municipality (value s − p·size) the price
 * plus its margin over the second-best option (or over staying unplaced) plus ε. A full
 * municipality keeps the highest bids per person, evicting the lowest (partially if needed), and
 * its price is the lowest bid it holds; a municipality that is not full has price 0. One phase
 * with a small ε: on our benchmarks ε-scaling made more bids, not fewer. ε trades bids for bound:
 * marginal households outbid each other by ε, so 10⁻⁵ needs 43% fewer bids than 10⁻⁶ on the
 * 20,000 × 342 benchmark, for a bound 0.004 higher (the guarantee is ε·persons, 0.5).
 */
import { BidHeaps } from './bid-heaps.ts';
import { OptionCache } from './option-cache.ts';
import type { BestTwo } from './option-cache.ts';
import type { PackedInstance } from './types.ts';

/** Settings of one auction run. */
export type AuctionOptions = {
  /** Minimum bid increment per person; the bound ends within ε·(persons placed) of the LP optimum. */
  epsilon: number;
  /** Options remembered per household between rescans (≥ 2). */
  cacheWidth: number;
  /** Safety valve on the number of bids; the prices reached so far still give a valid bound. */
  maxBids: number;
};

/** Prices and the fractional allocation the auction ends with. */
export type AuctionResult = {
  prices: Float64Array;
  /** Municipality holding the most persons of each household, or -1. */
  main: Int32Array;
  /** 1 when the household is held whole by `main`. */
  whole: Uint8Array;
  bids: number;
  /** Full row scans made. */
  rescans: number;
};

/** Runs the auction and returns prices and the (fractional) allocation. */
export function runAuction(instance: PackedInstance, options: AuctionOptions): AuctionResult {
  const { n, m, sizes, capacities } = instance;
  const heaps = new BidHeaps(n, m, capacities);
  const remaining = new Int32Array(n);
  const queue = new Int32Array(n + 1);
  const queued = new Uint8Array(n);
  let head = 0;
  let tail = 0;
  const enqueue = (h: number): void => {
    if (queued[h] === 0) {
      queued[h] = 1;
      queue[tail] = h;
      tail = tail === n ? 0 : tail + 1;
    }
  };
  for (let h = 0; h < n; h++) {
    remaining[h] = sizes[h] as number;
    enqueue(h);
  }
  heaps.onEvict = (h: number, persons: number): void => {
    remaining[h] = (remaining[h] as number) + persons;
    enqueue(h);
  };
  const prices = heaps.prices;
  const cache = new OptionCache(instance, options.cacheWidth);
  const choice: BestTwo = { best: 0, second: 0, target: -1 };
  let bids = 0;
  while (head !== tail && bids < options.maxBids) {
    const h = queue[head] as number;
    head = head === n ? 0 : head + 1;
    queued[h] = 0;
    const rest = remaining[h] as number;
    if (rest === 0) {
      continue;
    }
    cache.bestTwo(prices, h, choice);
    const target = choice.target;
    if (target < 0 || choice.best < 0) {
      continue;
    }
    bids += 1;
    remaining[h] = 0;
    const size = sizes[h] as number;
    heaps.bid(target, h, rest, (prices[target] as number) + (choice.best - choice.second) / size + options.epsilon);
  }
  const { main, whole } = heaps.allocation(sizes);
  return { prices: Float64Array.from(prices), main, whole, bids, rescans: cache.rescans };
}
