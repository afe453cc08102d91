// SPDX-License-Identifier: EUPL-1.2
/**
 * Pure helpers that shape a weighing for the screen: both methods side by side per candidate,
 * what each criterion contributes to a candidate's score, the shares of the weights while they
 * are being typed, and why there is no ranking yet.
 */
import type { Candidate, Method, WeighingView } from './api/siting-api.ts';

/** One candidate's line in the side-by-side ranking. */
export type RankingRow = {
  locationId: string;
  name: string;
  municipality: string;
  scores: Record<Method, { score: number; rank: number }>;
  sensitivity: Record<Method, { first: number; topThree: number }> | null;
};

/** Both methods per candidate, in weighted-sum order; empty when there is no ranking. */
export function rankingRows(view: WeighingView): RankingRow[] {
  if (!view.methods) {
    return [];
  }
  const byId = new Map<string, Candidate>(view.candidates.map((candidate) => [candidate.location.id, candidate]));
  const topsis = new Map(view.methods.topsis.map((scored) => [scored.locationId, scored]));
  const counts = (method: Method, id: string) => view.sensitivity?.methods[method].find((count) => count.locationId === id);
  return view.methods['weighted-sum'].map((scored) => {
    const other = topsis.get(scored.locationId);
    const location = byId.get(scored.locationId)?.location;
    const ws = counts('weighted-sum', scored.locationId);
    const tp = counts('topsis', scored.locationId);
    return {
      locationId: scored.locationId,
      name: location?.name ?? scored.locationId,
      municipality: location?.municipality.name ?? '',
      scores: {
        'weighted-sum': { score: scored.score, rank: scored.rank },
        topsis: { score: other?.score ?? 0, rank: other?.rank ?? 0 },
      },
      sensitivity: ws && tp ? { 'weighted-sum': { first: ws.first, topThree: ws.topThree }, topsis: { first: tp.first, topThree: tp.topThree } } : null,
    };
  });
}

/** One criterion's part in one candidate's scores, with the value and where it came from. */
export type BreakdownRow = {
  criterionId: string;
  value: number | null;
  origin: string;
  explain: { nl: string; en: string };
  contributions: Record<Method, number | null>;
};

/** What each criterion contributes to a candidate's score under both methods. */
export function breakdownOf(view: WeighingView, locationId: string): BreakdownRow[] {
  const candidate = view.candidates.find((c) => c.location.id === locationId);
  const part = (method: Method, criterionId: string) =>
    view.methods?.[method].find((s) => s.locationId === locationId)?.contributions.find((c) => c.criterionId === criterionId)?.contribution ?? null;
  return view.criteria.map((criterion) => {
    const value = candidate?.values.find((v) => v.criterionId === criterion.id);
    return {
      criterionId: criterion.id,
      value: value?.value ?? null,
      origin: value?.origin ?? 'missing',
      explain: value?.explain ?? { nl: '', en: '' },
      contributions: { 'weighted-sum': part('weighted-sum', criterion.id), topsis: part('topsis', criterion.id) },
    };
  });
}

/** Each weight's share of the total (0 when all are 0), as the methods normalise them. */
export function weightShares(weights: Record<string, number>): Record<string, number> {
  const total = Object.values(weights).reduce((sum, weight) => sum + (Number.isFinite(weight) && weight > 0 ? weight : 0), 0);
  return Object.fromEntries(Object.entries(weights).map(([id, weight]) => [id, total > 0 && weight > 0 ? weight / total : 0]));
}

/** Why a weighing shows no ranking, as a key of the texts; null when it is ranked. */
export function notRankedReason(view: WeighingView): 'noCandidates' | 'weightsZero' | 'missing' | null {
  if (view.methods) {
    return null;
  }
  if (view.candidates.length === 0) {
    return 'noCandidates';
  }
  if (view.criteria.every((criterion) => criterion.weight === 0)) {
    return 'weightsZero';
  }
  return 'missing';
}
