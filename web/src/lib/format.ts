// SPDX-License-Identifier: EUPL-1.2
/** Number and date formatting in the user's language (nl-NL by default: 374.238, 1 januari 2024). */

export type UiLanguage = 'nl' | 'en';

const locales: Record<UiLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The Intl locale for a UI language. */
export function localeOf(language: UiLanguage): string {
  return locales[language];
}

/** A whole number with thousands separators, e.g. 374.238 (nl) or 374,238 (en). */
export function formatNumber(value: number, language: UiLanguage = 'nl'): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 0 }).format(value);
}

/**
 * A calendar date written out, e.g. "1 januari 2024". Accepts an ISO date (YYYY-MM-DD) and reads
 * it as a calendar day: formatting in UTC keeps it from moving a day in other time zones.
 */
export function formatDate(isoDate: string, language: UiLanguage = 'nl'): string {
  const date = parseIsoDay(isoDate);
  if (!date) {
    return isoDate;
  }
  return new Intl.DateTimeFormat(locales[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A moment with date and time in the user's time zone, e.g. "28 november 2026 om 14:05". */
export function formatDateTime(isoMoment: string, language: UiLanguage = 'nl'): string {
  const date = new Date(isoMoment);
  if (Number.isNaN(date.getTime())) {
    return isoMoment;
  }
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

function parseIsoDay(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) {
    return null;
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}
