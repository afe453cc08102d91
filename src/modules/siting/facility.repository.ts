// SPDX-License-Identifier: EUPL-1.2
/** SQL of facility layers and their points. */
import { asc, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { facilities, facilityLayers, sources } from '../../db/schema/index.ts';

export type LayerRecord = typeof facilityLayers.$inferSelect;
export type FacilityRecord = { layerId: string; featureIndex: number; name: string | null; longitude: number; latitude: number };
export type SourceInsert = typeof sources.$inferInsert;

export async function listLayers(db: Executor): Promise<LayerRecord[]> {
  return db.select().from(facilityLayers).orderBy(asc(facilityLayers.kind), asc(facilityLayers.importedAt), asc(facilityLayers.id));
}

export async function findLayer(db: Executor, id: string): Promise<LayerRecord | undefined> {
  const [row] = await db.select().from(facilityLayers).where(eq(facilityLayers.id, id));
  return row;
}

/** Inserts a layer's source, the layer and its points (in batches). */
export async function insertLayer(
  tx: Tx,
  layer: Omit<typeof facilityLayers.$inferInsert, 'importedAt'> & { id: string },
  source: SourceInsert,
  points: { featureIndex: number; name: string | null; longitude: number; latitude: number; properties: Record<string, unknown> }[],
): Promise<void> {
  await tx.insert(sources).values(source);
  await tx.insert(facilityLayers).values(layer);
  const batch = 1000;
  for (let start = 0; start < points.length; start += batch) {
    await tx.insert(facilities).values(points.slice(start, start + batch).map((p) => ({ ...p, layerId: layer.id })));
  }
}

/** Deletes a layer (its points go with it) and the source row made for it at import. */
export async function deleteLayer(tx: Tx, layer: LayerRecord): Promise<void> {
  await tx.delete(facilityLayers).where(eq(facilityLayers.id, layer.id));
  await tx.delete(sources).where(eq(sources.id, layer.sourceId));
}

/** Every point of the layers of one kind. */
export async function listFacilitiesOfKinds(db: Executor, kinds: string[]): Promise<(FacilityRecord & { kind: string })[]> {
  if (kinds.length === 0) {
    return [];
  }
  const list = sql.join(kinds.map((k) => sql`${k}`), sql`, `);
  const result = await db.execute(sql`
    SELECT f.layer_id AS "layerId", f.feature_index AS "featureIndex", f.name, f.longitude, f.latitude, l.kind
    FROM facilities f JOIN facility_layers l ON l.id = f.layer_id
    WHERE l.kind IN (${list}) ORDER BY f.layer_id, f.feature_index`);
  return (result as unknown as { rows: (FacilityRecord & { kind: string })[] }).rows;
}

/** The points of one layer with their properties (export). */
export async function listLayerFacilities(db: Executor, layerId: string) {
  return db
    .select({ featureIndex: facilities.featureIndex, name: facilities.name, longitude: facilities.longitude, latitude: facilities.latitude, properties: facilities.properties })
    .from(facilities)
    .where(eq(facilities.layerId, layerId))
    .orderBy(asc(facilities.featureIndex));
}
