// SPDX-License-Identifier: EUPL-1.2
/** The Atom feed of a public location page: announcements and published answers, newest first. */
import type { Database } from '../../db/client.ts';
import type { Lang } from '../../server/problem-messages.ts';
import { AppError } from '../../shared/errors.ts';
import { atomXml } from './atom.ts';
import { listFeedItems } from './feed.repository.ts';
import { findPublicLocationName } from './subscription.repository.ts';

/** How many items the feed holds. */
export const feedSize = 50;

export type GetLocationFeedOptions = { database: Database; locationId: string; publicUrl: string; lang: Lang };

/** Feed path of a location, under the public URL. */
export const feedPath = (locationId: string) => `/api/v1/public/locations/${locationId}/feed.atom`;

const texts = {
  nl: { subtitle: 'Nieuws en beantwoorde vragen', answer: 'Antwoord op', question: 'Vraag', answerLabel: 'Antwoord' },
  en: { subtitle: 'News and answered questions', answer: 'Answer to', question: 'Question', answerLabel: 'Answer' },
} as const;

/** The feed as XML; NOT_FOUND for a location without a public page. */
export async function getLocationFeed({ database, locationId, publicUrl, lang }: GetLocationFeedOptions): Promise<string> {
  const name = await findPublicLocationName(database.db, locationId);
  if (name === null) {
    throw new AppError('NOT_FOUND', 'There is no public page for this location.', { field: 'params.id' });
  }
  const t = texts[lang];
  const pageUrl = `${publicUrl}/inwoners/locaties/${locationId}${lang === 'en' ? '?lang=en' : ''}`;
  const items = await listFeedItems(database.db, locationId, feedSize);
  return atomXml({
    id: `urn:uuid:${locationId}`,
    title: name,
    subtitle: t.subtitle,
    selfUrl: `${publicUrl}${feedPath(locationId)}${lang === 'en' ? '?lang=en' : ''}`,
    pageUrl,
    author: 'Regietafel',
    // An empty feed still needs a date: the epoch says "nothing yet" without inventing one.
    updated: items[0]?.at ?? '1970-01-01T00:00:00Z',
    lang,
    entries: items.map((item) => ({
      id: `urn:uuid:${item.id}`,
      title: item.kind === 'announcement' ? item.title : `${t.answer}: ${item.title}`,
      updated: item.at,
      link: pageUrl,
      content: item.kind === 'announcement' ? item.body : `${t.question}: ${item.question ?? ''}\n\n${t.answerLabel}: ${item.body}`,
    })),
  });
}
