// SPDX-License-Identifier: EUPL-1.2
/** User-facing titles per error code, in plain Dutch (B1) and English. */
import type { AppErrorCode } from '../shared/errors.ts';

export type Lang = 'nl' | 'en';

export const problemTitles: Record<AppErrorCode, Record<Lang, string>> = {
  VALIDATION_FAILED: { nl: 'De invoer klopt niet.', en: 'The input is not valid.' },
  UNAUTHENTICATED: {
    nl: 'U bent niet ingelogd, of de inloggegevens kloppen niet.',
    en: 'You are not signed in, or the credentials are wrong.',
  },
  FORBIDDEN: { nl: 'U mag dit niet doen.', en: 'You are not allowed to do this.' },
  CSRF_FAILED: {
    nl: 'Het formulier is verlopen. Laad de pagina opnieuw.',
    en: 'The form has expired. Reload the page.',
  },
  NOT_FOUND: { nl: 'Dit bestaat niet.', en: 'This does not exist.' },
  CONFLICT: { nl: 'Dit bestaat al of is net gewijzigd.', en: 'This already exists or just changed.' },
  PAYLOAD_TOO_LARGE: { nl: 'Wat u stuurt is te groot.', en: 'What you sent is too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    nl: 'Dit soort bestand of gegevens kunnen we niet lezen.',
    en: 'We cannot read this kind of content.',
  },
  RATE_LIMITED: {
    nl: 'Te veel pogingen. Wacht even en probeer het opnieuw.',
    en: 'Too many attempts. Wait a moment and try again.',
  },
  DATA_MISSING: {
    nl: 'De gegevens om dit te berekenen ontbreken.',
    en: 'The data needed to compute this is missing.',
  },
  DATABASE_LOCKED: {
    nl: 'De database is in gebruik door een ander proces.',
    en: 'The database is in use by another process.',
  },
  IMPORT_INVALID: {
    nl: 'Het bestand bevat fouten. Er is niets ingelezen.',
    en: 'The file contains errors. Nothing was imported.',
  },
  INTERNAL: {
    nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    en: 'Something went wrong on our side. Try again later.',
  },
};

/** Picks the language: `?lang=`, then the `lang` cookie, then Accept-Language; Dutch by default. */
export function pickLang(query: unknown, cookieLang: string | undefined, acceptLanguage: string | undefined): Lang {
  const fromQuery =
    typeof query === 'object' && query !== null && 'lang' in query ? (query as { lang?: unknown }).lang : undefined;
  for (const candidate of [fromQuery, cookieLang]) {
    if (candidate === 'nl' || candidate === 'en') {
      return candidate;
    }
  }
  if (acceptLanguage && /^\s*en\b/i.test(acceptLanguage)) {
    return 'en';
  }
  return 'nl';
}
