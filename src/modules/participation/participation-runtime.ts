// SPDX-License-Identifier: EUPL-1.2
/**
 * The in-process parts of participation, one set per application: the rate limiter, the group
 * commit writer and the public page cache. The JSON API and the HTML pages are registered as two
 * plugins; both must count against the same limits and see the same cache, so they share this.
 */
import type { AppDeps } from '../../server/deps.ts';
import { findPageLocation, type PageLocationRecord } from './page.repository.ts';
import type { PublicPage } from './participation-views.schema.ts';
import { getPublicPage } from './get-public-page.ts';
import { createPageCache, type PageCache } from './public-location-cache.ts';
import { createReactionLimiter, type ReactionLimiter } from './reaction-limiter.ts';
import { createReactionWriter, type ReactionWriter } from './reaction-writer.ts';

export type ParticipationRuntime = {
  limiter: ReactionLimiter;
  writer: ReactionWriter;
  /** The public page of a location (cached at most 500 ms, dropped on every write here). */
  publicPage: (id: string) => Promise<PublicPage>;
  /** The location with its page settings, for a reaction (same cache rules). */
  pageLocation: (id: string) => Promise<PageLocationRecord | undefined>;
  /** Call after a committed write that changes what a location's page shows. */
  changed: (locationId: string) => void;
  /**
   * A text made from a cached page (its JSON, its HTML in one language), remembered with that page
   * object, so it lives exactly as long as the page data and adds no staleness of its own.
   */
  derived: (page: PublicPage, key: string, make: () => string | Promise<string>) => Promise<string>;
};

const derivedTexts = new WeakMap<PublicPage, Map<string, Promise<string>>>();

const runtimes = new WeakMap<AppDeps, ParticipationRuntime>();

export function participationRuntime(deps: AppDeps): ParticipationRuntime {
  const existing = runtimes.get(deps);
  if (existing) {
    return existing;
  }
  const { db } = deps.database;
  // 800 ms: with the time a load takes, a change by another process shows within a second.
  const pages: PageCache<PublicPage> = createPageCache({ ttlMs: 800 });
  const locations: PageCache<PageLocationRecord | undefined> = createPageCache({ ttlMs: 800 });
  const runtime: ParticipationRuntime = {
    limiter: createReactionLimiter(deps.config.reactionLimits),
    writer: createReactionWriter({ db }),
    publicPage: (id) => pages.get(id, () => getPublicPage({ db, id, now: new Date() })),
    pageLocation: (id) => locations.get(id, () => findPageLocation(db, id)),
    changed: (locationId) => {
      pages.invalidate(locationId);
      locations.invalidate(locationId);
    },
    derived: (page, key, make) => {
      let texts = derivedTexts.get(page);
      if (!texts) {
        texts = new Map();
        derivedTexts.set(page, texts);
      }
      let text = texts.get(key);
      if (!text) {
        text = Promise.resolve(make());
        texts.set(key, text);
      }
      return text;
    },
  };
  runtimes.set(deps, runtime);
  return runtime;
}
