// SPDX-License-Identifier: EUPL-1.2
/**
 * The auction's books: per municipality a min-heap of held bids (household, persons, bid per
 * person). Keeps loads within capacity by evicting the lowest bids, splitting the last one when
 * only part of it has to go, and keeps `prices[d]` = lowest held bid when full, else 0.
 *
 * A household holds at most one entry per municipality: a new bid where it already holds persons
 * raises that entry instead of adding one. Without this, a household split at the margin would
 * outbid its own older entry person by person, each time by only ε.
 */

/** Price of a municipality with capacity 0: above every score, so its bound term is 0 for all. */
const closedPrice = 2;

/** Held bids per municipality, with eviction and uniform prices (see the file comment). */
export class BidHeaps {
  /** Price per person per municipality. */
  readonly prices: Float64Array;
  /** Called with (household, persons) whenever persons are evicted. */
  onEvict: (household: number, persons: number) => void = () => undefined;
  private readonly capacities: Float64Array;
  private readonly loads: Float64Array;
  private readonly heaps: number[][];
  /** First entry of each household (linked through `next`), -1 when none. */
  private readonly first: Int32Array;
  private readonly household: number[] = [];
  private readonly municipality: number[] = [];
  private readonly persons: number[] = [];
  private readonly price: number[] = [];
  private readonly position: number[] = [];
  private readonly next: number[] = [];
  private readonly free: number[] = [];

  constructor(n: number, m: number, capacities: Float64Array) {
    this.capacities = capacities;
    // A municipality without places is priced above any score (scores ≤ 1, sizes ≥ 1), so nobody
    // bids for it; otherwise bids could chase each other up by ε between closed municipalities.
    this.prices = Float64Array.from(capacities, (capacity) => (capacity > 0 ? 0 : closedPrice));
    this.loads = new Float64Array(m);
    this.heaps = Array.from({ length: m }, () => []);
    this.first = new Int32Array(n).fill(-1);
  }

  /** Household h bids `bid` per person for `persons` more places in municipality d. */
  bid(d: number, h: number, persons: number, bid: number): void {
    const heap = this.heaps[d] as number[];
    const own = this.entryOf(h, d);
    if (own >= 0) {
      this.persons[own] = (this.persons[own] as number) + persons;
      this.price[own] = bid;
      this.siftDown(heap, this.position[own] as number);
    } else {
      this.siftUp(heap, this.newEntry(h, d, persons, bid, heap));
    }
    const capacity = this.capacities[d] as number;
    let load = (this.loads[d] as number) + persons;
    while (load > capacity && heap.length > 0) {
      const top = heap[0] as number;
      const excess = load - capacity;
      const held = this.persons[top] as number;
      const owner = this.household[top] as number;
      if (held <= excess) {
        this.removeTop(heap);
        load -= held;
        this.onEvict(owner, held);
        continue;
      }
      this.persons[top] = held - excess;
      load = capacity;
      this.onEvict(owner, excess);
    }
    this.loads[d] = load;
    if (heap.length === 0) {
      this.prices[d] = Math.max(this.prices[d] as number, bid);
      return;
    }
    this.prices[d] = load >= capacity ? (this.price[heap[0] as number] as number) : 0;
  }

  /** Main municipality per household (most persons held) and whether it holds all of them. */
  allocation(sizes: Int32Array): { main: Int32Array; whole: Uint8Array } {
    const n = this.first.length;
    const main = new Int32Array(n).fill(-1);
    const whole = new Uint8Array(n);
    for (let h = 0; h < n; h++) {
      let most = 0;
      for (let entry = this.first[h] as number; entry >= 0; entry = this.next[entry] as number) {
        const amount = this.persons[entry] as number;
        if (amount > most) {
          most = amount;
          main[h] = this.municipality[entry] as number;
        }
      }
      whole[h] = most === sizes[h] ? 1 : 0;
    }
    return { main, whole };
  }

  private entryOf(h: number, d: number): number {
    let entry = this.first[h] as number;
    while (entry >= 0 && this.municipality[entry] !== d) {
      entry = this.next[entry] as number;
    }
    return entry;
  }

  private newEntry(h: number, d: number, persons: number, bid: number, heap: number[]): number {
    const entry = this.free.pop() ?? this.household.length;
    this.household[entry] = h;
    this.municipality[entry] = d;
    this.persons[entry] = persons;
    this.price[entry] = bid;
    this.next[entry] = this.first[h] as number;
    this.first[h] = entry;
    this.position[entry] = heap.length;
    heap.push(entry);
    return heap.length - 1;
  }

  private removeTop(heap: number[]): void {
    const top = heap[0] as number;
    const h = this.household[top] as number;
    if (this.first[h] === top) {
      this.first[h] = this.next[top] as number;
    } else {
      let entry = this.first[h] as number;
      while (this.next[entry] !== top) {
        entry = this.next[entry] as number;
      }
      this.next[entry] = this.next[top] as number;
    }
    this.free.push(top);
    const last = heap.pop() as number;
    if (heap.length > 0) {
      heap[0] = last;
      this.position[last] = 0;
      this.siftDown(heap, 0);
    }
  }

  private siftUp(heap: number[], start: number): void {
    const entry = heap[start] as number;
    const key = this.price[entry] as number;
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = heap[parent] as number;
      if ((this.price[above] as number) <= key) {
        break;
      }
      heap[i] = above;
      this.position[above] = i;
      i = parent;
    }
    heap[i] = entry;
    this.position[entry] = i;
  }

  private siftDown(heap: number[], start: number): void {
    const entry = heap[start] as number;
    const key = this.price[entry] as number;
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) {
        break;
      }
      const right = left + 1;
      const leftKey = this.price[heap[left] as number] as number;
      const child = right < heap.length && (this.price[heap[right] as number] as number) < leftKey ? right : left;
      const below = heap[child] as number;
      if ((this.price[below] as number) >= key) {
        break;
      }
      heap[i] = below;
      this.position[below] = i;
      i = child;
    }
    heap[i] = entry;
    this.position[entry] = i;
  }
}
