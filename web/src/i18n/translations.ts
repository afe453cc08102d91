// SPDX-License-Identifier: EUPL-1.2
/** The texts of the app, Dutch and English, without the i18next runtime (so tests can read them). */
import type { UiLanguage } from '../lib/format.ts';
import en from './en.json';
import nl from './nl.json';

type Bundle = Record<string, unknown>;

// Each feature keeps its own texts in web/src/features/<feature>/i18n/{nl,en}.json (top-level keys
// of its own), so features can be added without editing one shared file.
const featureBundles = (files: Record<string, unknown>): Bundle =>
  Object.values(files).reduce<Bundle>((all, file) => ({ ...all, ...((file as { default?: Bundle }).default ?? (file as Bundle)) }), {});
const featureNl = featureBundles(import.meta.glob('../features/*/i18n/nl.json', { eager: true }));
const featureEn = featureBundles(import.meta.glob('../features/*/i18n/en.json', { eager: true }));

/** All texts per language: the shared ones and every feature's. */
export const translations: Record<UiLanguage, Bundle> = { nl: { ...nl, ...featureNl }, en: { ...en, ...featureEn } };
