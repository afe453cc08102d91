// SPDX-License-Identifier: EUPL-1.2
/**
 * Real CBS figures for the siting tests, read from the shipped files for a few municipalities
 * (faster than the whole regional import): the 2016 wijk boundaries, the KWB 2023/2024 gemeente and
 * wijk rows (population density, distance to a large supermarket), the 2024 municipal density and the
 * 2023 municipal address density (omgevingsadressendichtheid).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../../src/config/env.ts';
import type { Database } from '../../src/db/client.ts';
import { areaFigures, boundaries, municipalityPopulation, sources } from '../../src/db/schema/index.ts';
import { inTransaction } from '../../src/db/transaction.ts';

const read = (file: string) => readFileSync(path.join(projectRoot, 'data', file), 'utf8');
const csv = (file: string) => parse(read(file), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const numberOrNull = (text: string | undefined) => (text === undefined || text === '' ? null : Number(text));

type WijkFeature = { properties: { wijkcode: string; wijknaam: string; gemeentecode: string }; geometry: Record<string, unknown> };

export async function loadAreaFixtures(database: Database, codes: string[]): Promise<void> {
  const wijken = (JSON.parse(read('boundaries/utrecht_wijken_2016.geojson')) as { features: WijkFeature[] }).features.filter((f) =>
    codes.includes(f.properties.gemeentecode),
  );
  await inTransaction(database.db, 'system:test-factory', async (tx) => {
    await tx
      .insert(sources)
      .values([
        { id: 'cbs-gebiedsindelingen-2016', publisher: 'CBS', title: 'CBS gebiedsindelingen 2016', referenceDate: '2016-01-01' },
        { id: 'cbs-85618NED-2023', publisher: 'CBS', title: 'Kerncijfers wijken en buurten 2023', publisherTable: '85618NED', referenceDate: '2023-01-01' },
        { id: 'cbs-85984NED-2024', publisher: 'CBS', title: 'Kerncijfers wijken en buurten 2024', publisherTable: '85984NED', referenceDate: '2024-01-01' },
        { id: 'cbs-wijkbuurtkaart-2023-gemeenten', publisher: 'CBS', title: 'Wijk- en Buurtkaart 2023, laag gemeenten', referenceDate: '2023-01-01' },
      ])
      .onConflictDoNothing();
    for (const w of wijken) {
      await tx.insert(boundaries).values({ kind: 'wijk', code: w.properties.wijkcode, year: 2016, name: w.properties.wijknaam, sourceId: 'cbs-gebiedsindelingen-2016', geometry: w.geometry });
    }
    for (const [year, sourceId] of [[2023, 'cbs-85618NED-2023'], [2024, 'cbs-85984NED-2024']] as const) {
      const rows = csv(`population/utrecht_gemeenten_wijken_buurten_${year}_cbs_kwb.csv`).filter(
        (r) => codes.includes(r.gemeentecode as string) && (r.niveau === 'gemeente' || r.niveau === 'wijk'),
      );
      for (const r of rows) {
        await tx.insert(areaFigures).values({
          year,
          cbsRowId: Number(r.cbs_rij_id),
          level: r.niveau as 'gemeente' | 'wijk',
          name: r.naam as string,
          wijkName: r.niveau === 'wijk' ? (r.wijk as string) : null,
          municipalityCode: r.gemeentecode as string,
          sourceId,
          population: numberOrNull(r.aantal_inwoners),
          figures: { bevolkingsdichtheid_per_km2: numberOrNull(r.bevolkingsdichtheid_per_km2), afstand_tot_grote_supermarkt_km: numberOrNull(r.afstand_tot_grote_supermarkt_km) },
        });
      }
    }
    // The municipal tables of 2023 (with the address density in `figures`) and 2024.
    const municipal = [
      { file: 'gemeenten_2023_cbs_kwb.csv', date: '2023-01-01', sourceId: 'cbs-wijkbuurtkaart-2023-gemeenten', population: 'aantalInwoners', density: 'bevolkingsdichtheidInwonersPerKm2' },
      { file: 'gemeenten_2024_cbs_kwb_statline.csv', date: '2024-01-01', sourceId: 'cbs-85984NED-2024', population: 'aantal_inwoners', density: 'bevolkingsdichtheid_per_km2' },
    ];
    for (const table of municipal) {
      for (const r of csv(`population/${table.file}`).filter((r) => codes.includes(r.gemeentecode as string))) {
        await tx.insert(municipalityPopulation).values({
          municipalityCode: r.gemeentecode as string,
          referenceDate: table.date,
          sourceId: table.sourceId,
          population: Number(r[table.population]),
          densityPerKm2: numberOrNull(r[table.density]),
          figures: r.omgevingsadressendichtheid === undefined ? {} : { omgevingsadressendichtheid: numberOrNull(r.omgevingsadressendichtheid) },
        });
      }
    }
  });
}

/** Great-circle km (haversine, R = 6,371 km), written out here to check the product independently. */
export function haversineKm(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The shipped OSM supermarkets, as the test reads them itself. */
export function shippedSupermarkets(): { name: string | null; lon: number; lat: number }[] {
  const collection = JSON.parse(read('facilities/utrecht_stad_supermarkten_osm.geojson')) as {
    features: { properties: { name?: string }; geometry: { coordinates: [number, number] } }[];
  };
  return collection.features.map((f) => ({ name: f.properties.name ?? null, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
}
