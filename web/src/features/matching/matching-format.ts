// SPDX-License-Identifier: EUPL-1.2
/** Number formats of the placement page: scores, shares and the gap. */
import { localeOf, type UiLanguage } from '../../lib/format.ts';

/** A score or sum of scores with 3 decimals, e.g. 0,412 (nl). */
export function formatScore(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value);
}

/** A share as a percentage with 1 decimal, e.g. 12,5%. */
export function formatShare(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A difference of shares in percentage points with a sign, e.g. +1,2 or −0,4. */
export function formatPoints(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(localeOf(language), { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value * 100);
}

/** The gap as a percentage with 4 decimals (it is usually far below 1%), e.g. 0,0042%. */
export function formatGap(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'percent', minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(value);
}
