// SPDX-License-Identifier: EUPL-1.2
/**
 * mulberry32 (Tommy Ettinger, public domain): a small, fast 32-bit seeded generator. The same seed
 * gives the same sequence on every machine, which is all the sensitivity analysis needs; it is not
 * for anything secret.
 */

/** The largest seed (seeds are unsigned 32-bit integers). */
export const maxSeed = 0xffffffff;

/** A generator of uniform numbers in [0, 1) from an unsigned 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
