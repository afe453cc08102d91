// SPDX-License-Identifier: EUPL-1.2
/** Use cases on facility layers besides the import: list with sources, delete, export as GeoJSON or CSV. */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { toCsv, type CsvCell } from '../../shared/csv.ts';
import { AppError } from '../../shared/errors.ts';
import { listSources, type SourceRecord } from '../regions/region.repository.ts';
import { deleteLayer, findLayer, listLayerFacilities, listLayers, type LayerRecord } from './facility.repository.ts';

export async function listFacilityLayers({ db }: { db: Db }): Promise<{ layer: LayerRecord; source: SourceRecord | undefined }[]> {
  const layers = await listLayers(db);
  const sources = new Map((await listSources(db, layers.map((l) => l.sourceId))).map((s) => [s.id, s]));
  return layers.map((layer) => ({ layer, source: sources.get(layer.sourceId) }));
}

async function existingLayer(db: Db, id: string): Promise<LayerRecord> {
  const layer = await findLayer(db, id);
  if (!layer) {
    throw new AppError('NOT_FOUND', `There is no facility layer ${id}.`, { field: 'params.id' });
  }
  return layer;
}

export async function deleteFacilityLayer({ db, actor, id }: { db: Db; actor: Actor; id: string }): Promise<void> {
  const layer = await existingLayer(db, id);
  await inTransaction(db, actor, (tx) => deleteLayer(tx, layer));
}

/** The layer's points as a GeoJSON FeatureCollection, with their original properties. */
export async function exportFacilityLayer({ db, id }: { db: Db; id: string }) {
  const layer = await existingLayer(db, id);
  const points = await listLayerFacilities(db, id);
  return {
    type: 'FeatureCollection' as const,
    name: layer.name,
    features: points.map((p) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [p.longitude, p.latitude] },
      properties: { ...p.properties, name: p.name },
    })),
  };
}

/**
 * The layer's points as CSV (name, longitude, latitude, then every other property as a column),
 * in the shape the facility import reads, so an export can be imported again.
 */
export async function exportFacilityLayerCsv({ db, id }: { db: Db; id: string }): Promise<string> {
  await existingLayer(db, id);
  const points = await listLayerFacilities(db, id);
  const fixed = ['name', 'longitude', 'latitude'];
  const extra = [...new Set(points.flatMap((p) => Object.keys(p.properties)))].filter((key) => !fixed.includes(key)).sort();
  const cell = (value: unknown): CsvCell => (value === null || value === undefined || typeof value !== 'object' ? (value as CsvCell) : JSON.stringify(value));
  return toCsv(
    [...fixed, ...extra],
    points.map((p) => [p.name, p.longitude, p.latitude, ...extra.map((key) => cell(p.properties[key]))]),
  );
}
