// SPDX-License-Identifier: EUPL-1.2
/**
 * The in-process parts of participation, one set per application: the rate limiter, the group
 * commit writer and the public page cache. The JSON API and the HTML pages are registered as two
 * plugins; both must count against the same limits and see the same cache, so they share this.
 */
import type { AppDeps } from '../../server/deps.ts';
import { buildMapBase, type LocationMapBase } from './location-map.ts';
import { findMunicipalityOutline, listPublicLocations, type PageLocationRecord } from './page.repository.ts';
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
  /**
   * A public location with its page settings, for a reaction; undefined if the location is not
   * public or does not exist. All public locations are loaded in one query, at most 800 ms old,
   * so a surge of reactions (or of made-up ids) costs no query per request.
   */
  pageLocation: (id: string) => Promise<PageLocationRecord | undefined>;
  /**
   * Call after a committed write that changes what a location's page shows; with
   * `settings: true` after a change of its page settings (moderation, contacts).
   */
  changed: (locationId: string, options?: { settings?: boolean }) => void;
  /**
   * A text made from a cached page (its JSON, its HTML in one language), remembered with that page
   * object, so it lives exactly as long as the page data and adds no staleness of its own.
   */
  derived: (page: PublicPage, key: string, make: () => string | Promise<string>) => Promise<string>;
  /**
   * The fixed part of a location's map (its municipality's outline, projected): kept 10 minutes
   * per location and spot, as boundaries change only with a regional data import.
   */
  locationMap: (location: PublicPage['location']) => Promise<LocationMapBase>;
};

/** How long a location's map outline is kept. */
const mapTtlMs = 10 * 60 * 1000;

const derivedTexts = new WeakMap<PublicPage, Map<string, Promise<string>>>();

const runtimes = new WeakMap<AppDeps, ParticipationRuntime>();

/** The one key of the public-locations cache. */
const allPublic = 'all-public-locations';

export function participationRuntime(deps: AppDeps): ParticipationRuntime {
  const existing = runtimes.get(deps);
  if (existing) {
    return existing;
  }
  const { db } = deps.database;
  // Every announcement, moderation, answer and settings change made through this process drops
  // the location's entries at once. On a PostgreSQL server other processes may write too: 800 ms,
  // so that with the time a load takes their change shows within a second. The embedded database
  // has exactly one process (the data folder is locked), so only changes made outside
  // participation (the locations register, activities) wait for the expiry: 5 s there.
  const ttlMs = deps.database.kind === 'pglite' ? 5000 : 800;
  const pages: PageCache<PublicPage> = createPageCache({ ttlMs });
  const publicLocations: PageCache<Map<string, PageLocationRecord>> = createPageCache({ ttlMs });
  const maps: PageCache<LocationMapBase> = createPageCache({ ttlMs: mapTtlMs });
  const loadPublicLocations = async () => new Map((await listPublicLocations(db)).map((row) => [row.id, row]));
  const runtime: ParticipationRuntime = {
    limiter: createReactionLimiter(deps.config.reactionLimits),
    writer: createReactionWriter({ db }),
    publicPage: (id) => pages.get(id, () => getPublicPage({ db, id, now: new Date() })),
    pageLocation: async (id) => (await publicLocations.get(allPublic, loadPublicLocations)).get(id),
    changed: (locationId, options) => {
      pages.invalidate(locationId);
      if (options?.settings) {
        publicLocations.invalidate(allPublic);
      }
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
    locationMap: (location) =>
      maps.get(`${location.id}:${location.municipality.code}:${location.spot.longitude}:${location.spot.latitude}`, async () =>
        buildMapBase(await findMunicipalityOutline(db, location.municipality.code), location.spot),
      ),
  };
  runtimes.set(deps, runtime);
  return runtime;
}
