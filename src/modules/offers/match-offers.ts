// SPDX-License-Identifier: EUPL-1.2
/**
 * Matching of partner offers to a household (pure): an offer fits when the household meets its
 * minimum Dutch level and education level; it scores on occupation group (ISCO-08), education
 * (ISCED 2011) and shared interests. Every point comes with its reason, so the officer sees why.
 */
import type { CefrLevel } from '../../db/schema/integration.ts';

export type MatchProfile = { dutchLevel: CefrLevel | null; iscoGroup: string | null; iscedLevel: number | null; interests: readonly string[] };
export type MatchOffer = { id: string; iscoGroups: readonly string[]; minIscedLevel: number | null; minDutchLevel: CefrLevel | null; interests: readonly string[] };

/** Reason codes; the screens translate them, with the value in `detail`. */
export type MatchReason =
  | { code: 'isco_exact' | 'isco_major'; detail: string }
  | { code: 'education_meets'; detail: string }
  | { code: 'language_meets'; detail: string }
  | { code: 'interest'; detail: string };

export type OfferMatch = { offerId: string; score: number; reasons: MatchReason[] };

const levels: readonly CefrLevel[] = ['A1', 'A2', 'B1', 'B2'];
const points: Record<MatchReason['code'], number> = { isco_exact: 3, isco_major: 2, education_meets: 1, language_meets: 1, interest: 1 };

/** The reasons an offer fits the profile, or undefined when a minimum is not met. */
export function matchOffer(profile: MatchProfile, offer: MatchOffer): OfferMatch | undefined {
  const reasons: MatchReason[] = [];
  if (offer.minDutchLevel !== null) {
    if (profile.dutchLevel === null || levels.indexOf(profile.dutchLevel) < levels.indexOf(offer.minDutchLevel)) {
      return undefined;
    }
    reasons.push({ code: 'language_meets', detail: `${profile.dutchLevel} ≥ ${offer.minDutchLevel}` });
  }
  if (offer.minIscedLevel !== null) {
    if (profile.iscedLevel === null || profile.iscedLevel < offer.minIscedLevel) {
      return undefined;
    }
    reasons.push({ code: 'education_meets', detail: `ISCED ${profile.iscedLevel} ≥ ${offer.minIscedLevel}` });
  }
  const isco = profile.iscoGroup;
  if (isco !== null) {
    const exact = offer.iscoGroups.find((group) => group === isco);
    const major = offer.iscoGroups.find((group) => group[0] === isco[0]);
    if (exact !== undefined) {
      reasons.push({ code: 'isco_exact', detail: exact });
    } else if (major !== undefined) {
      reasons.push({ code: 'isco_major', detail: major });
    }
  }
  for (const interest of offer.interests.filter((i) => profile.interests.includes(i))) {
    reasons.push({ code: 'interest', detail: interest });
  }
  if (reasons.length === 0) {
    return undefined;
  }
  return { offerId: offer.id, score: reasons.reduce((sum, reason) => sum + points[reason.code], 0), reasons };
}

/** The fitting offers, best first (equal scores in the given order). */
export function matchOffers(profile: MatchProfile, offers: readonly MatchOffer[]): OfferMatch[] {
  return offers
    .map((offer, index) => ({ match: matchOffer(profile, offer), index }))
    .filter((entry): entry is { match: OfferMatch; index: number } => entry.match !== undefined)
    .sort((a, b) => b.match.score - a.match.score || a.index - b.index)
    .map((entry) => entry.match);
}
