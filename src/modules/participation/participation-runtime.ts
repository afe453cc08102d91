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
};

const runtimes = new WeakMap<AppDeps, ParticipationRuntime>();

export function participationRuntime(deps: AppDeps): ParticipationRuntime {
  const existing = runtimes.get(deps);
  if (existing) {
    return existing;
  }
  const { db } = deps.database;
  const pages: PageCache<PublicPage> = createPageCache();
  const locations: PageCache<PageLocationRecord | undefined> = createPageCache();
  const runtime: ParticipationRuntime = {
    limiter: createReactionLimiter(deps.config.reactionLimits),
    writer: createReactionWriter({ db }),
    publicPage: (id) => pages.get(id, () => getPublicPage({ db, id, now: new Date() })),
    pageLocation: (id) => locations.get(id, () => findPageLocation(db, id)),
    changed: (locationId) => {
      pages.invalidate(locationId);
      locations.invalidate(locationId);
    },
  };
  runtimes.set(deps, runtime);
  return runtime;
}
