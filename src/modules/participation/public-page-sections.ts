// SPDX-License-Identifier: EUPL-1.2
/**
 * Extension slot of the public location page: other modules (subscriptions, activities: issue 6
 * part B) register sections here and the page renders them in its marked place. See README.md.
 */
import type { Lang } from '../../server/problem-messages.ts';

export type PublicPageSectionContext = {
  locationId: string;
  lang: Lang;
  /** Path of this page, e.g. `/inwoners/locaties/<id>`, to redirect back to. */
  basePath: string;
  /** The `bericht` query value after a redirect, for the section's own message. */
  flash: string | undefined;
};

export type PublicPageSection = {
  id: string;
  /** Trusted HTML: escape user text with escapeHtml (html.ts). */
  render: (context: PublicPageSectionContext) => string | Promise<string>;
  /** Optional markup for <head>, e.g. the Atom feed link. */
  head?: (context: PublicPageSectionContext) => string;
};

const sections: PublicPageSection[] = [];

/** Adds a section (a second registration with the same id replaces the first). */
export function registerPublicPageSection(section: PublicPageSection): void {
  const index = sections.findIndex((existing) => existing.id === section.id);
  if (index >= 0) {
    sections[index] = section;
    return;
  }
  sections.push(section);
}

export function publicPageSections(): readonly PublicPageSection[] {
  return sections;
}
