// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: import a facility layer (GeoJSON or CSV) with its source and coverage, in one
 * transaction: a file with any bad feature is refused whole (parse-facility-file.ts). Also the
 * one layer the product ships: OpenStreetMap supermarkets of the city of Utrecht
 * (data/facilities, data/PROVENANCE.md §5), which covers GM0344 only.
 */
import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config/env.ts';
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { findMunicipalityRecord } from '../locations/location.repository.ts';
import type { FacilityKind } from './criteria-catalogue.ts';
import { findLayer, insertLayer, listLayers, type LayerRecord } from './facility.repository.ts';
import { parseFacilityFile } from './parse-facility-file.ts';

export type LayerMetadata = {
  kind: FacilityKind;
  name: string;
  /** Municipality codes the layer is complete for; null = the whole country. */
  coverage: string[] | null;
  publisher: string;
  title: string;
  url?: string | undefined;
  licence?: string | undefined;
  referenceDate?: string | undefined;
  note?: string | undefined;
};

type ImportFacilityLayerOptions = { db: Db; actor: Actor; fileName: string; text: string; format: 'geojson' | 'csv'; metadata: LayerMetadata };

export async function importFacilityLayer({ db, actor, fileName, text, format, metadata }: ImportFacilityLayerOptions): Promise<LayerRecord> {
  const points = parseFacilityFile(fileName, text, format);
  for (const code of metadata.coverage ?? []) {
    if (!(await findMunicipalityRecord(db, code))) {
      throw new AppError('VALIDATION_FAILED', `The coverage names ${code}, which is not a municipality in the loaded data.`, { field: 'querystring.coverage' });
    }
  }
  const id = crypto.randomUUID();
  const sourceId = `facility-layer-${id}`;
  await inTransaction(db, actor, (tx) =>
    insertLayer(
      tx,
      { id, kind: metadata.kind, name: metadata.name, sourceId, coverageMunicipalities: metadata.coverage, fileName, featureCount: points.length, importedBy: actor },
      {
        id: sourceId,
        publisher: metadata.publisher,
        title: metadata.title,
        url: metadata.url ?? null,
        licence: metadata.licence ?? null,
        referenceDate: metadata.referenceDate ?? null,
        note: metadata.note ?? `Facility layer imported from ${fileName} (${points.length} points).`,
      },
      points,
    ),
  );
  return (await findLayer(db, id)) as LayerRecord;
}

/** The shipped OSM supermarket layer (city of Utrecht). */
export const shippedSupermarkets = {
  file: path.join(projectRoot, 'data/facilities/utrecht_stad_supermarkten_osm.geojson'),
  metadata: {
    kind: 'supermarket',
    name: 'Supermarkten stad Utrecht (OpenStreetMap)',
    coverage: ['GM0344'],
    publisher: 'OpenStreetMap contributors',
    title: 'OSM shop=supermarket, city of Utrecht (75 points)',
    url: 'https://github.com/hansfranke1985/ADS/tree/792d5c566a0e4b4b87a884f129f1fc885a75ae49/SpatialData/Week_1/LAB_1_1/Datasets',
    licence: 'ODbL 1.0 (© OpenStreetMap contributors)',
    note:
      'Utrecht University course lab extract (repository hansfranke1985/ADS, 2020; newest source_date tag 2014), ' +
      'reprojected from EPSG:28992 to WGS84. Covers the city of Utrecht only (data/PROVENANCE.md §5).',
  } satisfies LayerMetadata,
};

/** Imports the shipped supermarket layer unless a layer of the same title exists. */
export async function importShippedSupermarkets({ db, actor }: { db: Db; actor: Actor }): Promise<{ layer: LayerRecord; created: boolean }> {
  const existing = (await listLayers(db)).find((l) => l.fileName === path.basename(shippedSupermarkets.file));
  if (existing) {
    return { layer: existing, created: false };
  }
  const text = readFileSync(shippedSupermarkets.file, 'utf8');
  const layer = await importFacilityLayer({
    db,
    actor,
    fileName: path.basename(shippedSupermarkets.file),
    text,
    format: 'geojson',
    metadata: shippedSupermarkets.metadata,
  });
  return { layer, created: true };
}
