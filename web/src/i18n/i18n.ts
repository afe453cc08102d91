// SPDX-License-Identifier: EUPL-1.2
/**
 * Translations: Dutch first, English available. The choice is remembered in localStorage and
 * mirrored into the `lang` attribute of <html> (screen readers pick the right voice) and into a
 * `lang` cookie, so the API answers problems in the same language.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../lib/format.ts';
import { translations } from './translations.ts';

export const languages: readonly UiLanguage[] = ['nl', 'en'];
const storageKey = 'regietafel.lang';

/** The stored choice, or Dutch. */
export function storedLanguage(): UiLanguage {
  try {
    return window.localStorage.getItem(storageKey) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** Narrows i18next's language string to one we ship. */
export function asUiLanguage(language: string | undefined): UiLanguage {
  return language?.startsWith('en') ? 'en' : 'nl';
}

function applyLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
  document.cookie = `lang=${language}; path=/; max-age=31536000; SameSite=Strict`;
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
}

/** Creates and initialises the i18next instance of the app. */
export function createI18n(language: UiLanguage = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  void instance.init({
    resources: { nl: { translation: translations.nl }, en: { translation: translations.en } },
    lng: language,
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  applyLanguage(language);
  instance.on('languageChanged', (next) => applyLanguage(asUiLanguage(next)));
  return instance;
}
