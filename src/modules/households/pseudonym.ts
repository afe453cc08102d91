// SPDX-License-Identifier: EUPL-1.2
/**
 * Household pseudonyms: "HH-" and two groups of four Crockford base32 characters (no I, L, O, U,
 * so they read and type without mistakes), 40 random bits. Random, not derived from anything about
 * the household, so a pseudonym reveals nothing and cannot be recomputed from other data.
 */
import crypto from 'node:crypto';

export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const pseudonymPattern = /^HH-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** A fresh random pseudonym; `random` is injectable for tests. */
export function newPseudonym(random: (max: number) => number = crypto.randomInt): string {
  const group = () => Array.from({ length: 4 }, () => crockfordAlphabet[random(crockfordAlphabet.length)]).join('');
  return `HH-${group()}-${group()}`;
}
