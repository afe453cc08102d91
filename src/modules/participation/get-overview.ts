// SPDX-License-Identifier: EUPL-1.2
/**
 * The officials' overview over the reactions in their scope (optionally one location and a date
 * range): counts by kind, theme, status and month, what is open past its target, the recurring
 * themes in the texts (Dutch stop words removed), and the pinned spots as GeoJSON.
 */
import type { Db } from '../../db/client.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { queueScopeOf } from './participation.policy.ts';
import type { OverviewQuery, ReactionKind, ReactionStatus } from './participation.schema.ts';
import type { Overview } from './participation-views.schema.ts';
import { listReactions, type ReactionRecord } from './reaction.repository.ts';
import { recurringThemes } from './recurring-themes.ts';
import { isPastTarget, responseStats } from './response-times.ts';
import { dutchDateOf } from './working-days.ts';

export type GetOverviewOptions = { db: Db; principal: Authenticated; query: OverviewQuery; now: Date };

function countBy(records: ReactionRecord[], key: (record: ReactionRecord) => string): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    counts.set(key(record), (counts.get(key(record)) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([k, count]) => ({ key: k, count }));
}

export async function getOverview({ db, principal, query, now }: GetOverviewOptions): Promise<Overview> {
  const records = await listReactions(db, queueScopeOf(principal), {
    ...(query.locationId ? { locationId: query.locationId } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  });
  const today = dutchDateOf(now);
  const shown = records.filter((record) => record.visibility !== 'hidden');
  const byMonth = countBy(shown, (record) => `${dutchDateOf(new Date(record.received_at)).slice(0, 7)}|${record.kind}`)
    .map(({ key, count }) => {
      const [month = '', kind = 'question'] = key.split('|');
      return { month, kind: kind as ReactionKind, count };
    })
    .sort((a, b) => a.month.localeCompare(b.month) || a.kind.localeCompare(b.kind));
  return {
    generatedAt: now.toISOString(),
    from: query.from ?? null,
    to: query.to ?? null,
    total: shown.length,
    byKind: countBy(shown, (record) => record.kind),
    byTheme: countBy(shown, (record) => record.theme ?? '(geen thema)'),
    byStatus: countBy(shown, (record) => record.status),
    byMonth,
    openPastTarget: shown
      .filter((record) => isPastTarget({ status: record.status, dueOn: record.due_on }, today))
      .sort((a, b) => a.due_on.localeCompare(b.due_on))
      .map((record) => ({ id: record.id, locationName: record.location_name, kind: record.kind as ReactionKind, dueOn: record.due_on })),
    recurringThemes: recurringThemes(shown.map((record) => record.public_body), 15),
    stopWordsNote: 'Veelvoorkomende Nederlandse woorden (de, het, een, niet, ...) tellen niet mee: zie recurring-themes.ts.',
    pins: {
      type: 'FeatureCollection',
      features: shown.flatMap((record) =>
        record.longitude !== null && record.latitude !== null
          ? [
              {
                type: 'Feature' as const,
                geometry: { type: 'Point' as const, coordinates: [record.longitude, record.latitude] as [number, number] },
                properties: {
                  id: record.id,
                  kind: record.kind as ReactionKind,
                  status: record.status as ReactionStatus,
                  visibility: record.visibility,
                  locationName: record.location_name,
                  receivedOn: dutchDateOf(new Date(record.received_at)),
                  text: record.public_body,
                },
              },
            ]
          : [],
      ),
    },
    responseTimes: responseStats(
      shown.map((record) => ({ receivedAt: record.received_at, answeredAt: record.answered_at, dueOn: record.due_on, status: record.status })),
      today,
    ),
  };
}
