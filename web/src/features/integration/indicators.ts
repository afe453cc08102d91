// SPDX-License-Identifier: EUPL-1.2
/** The three waiting-time indicators, their address slugs (?wachttijd=taal) and their order on screen. */
import type { WaitingSlug } from '../../app/routes.ts';
import type { WaitingIndicator } from './api/integration-api.ts';

export const indicators: readonly WaitingIndicator[] = ['permit_to_housing', 'housing_to_language', 'housing_to_education_or_work'];

const slugs: Record<WaitingIndicator, WaitingSlug> = {
  permit_to_housing: 'huisvesting',
  housing_to_language: 'taal',
  housing_to_education_or_work: 'school-of-werk',
};

/** The slug in the address for an indicator. */
export function slugOf(indicator: WaitingIndicator): WaitingSlug {
  return slugs[indicator];
}

/** The indicator for a slug; no slug means the wait for language classes (the list the issue starts from). */
export function indicatorOf(slug: WaitingSlug | null): WaitingIndicator {
  return indicators.find((indicator) => slugs[indicator] === slug) ?? 'housing_to_language';
}

/** "0–27 dagen", "365 dagen of meer": a distribution bucket as text ([from, to) in days). */
export function bucketLabel(bucket: { fromDays: number; toDays: number | null }, texts: { range: (from: number, to: number) => string; open: (from: number) => string }): string {
  return bucket.toDays === null ? texts.open(bucket.fromDays) : texts.range(bucket.fromDays, bucket.toDays - 1);
}
