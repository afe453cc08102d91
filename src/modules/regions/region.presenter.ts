// SPDX-License-Identifier: EUPL-1.2
/** Shapes every regions API response (region.schema.ts) from use-case results. */
import type { z } from 'zod';
import type { MunicipalityProfileResult } from './get-municipality-profile.ts';
import type { MunicipalityDetailResult } from './get-municipality.ts';
import type { ProvinceMap } from './get-province-map.ts';
import type { MunicipalityList } from './list-municipalities.ts';
import type { ProvinceList } from './list-provinces.ts';
import type { SourceRecord, SuccessionRecord } from './region.repository.ts';
import type {
  MunicipalityDetail,
  MunicipalityProfile,
  municipalityListSchema,
  municipalityMapSchema,
  provinceListSchema,
  Source,
} from './region.schema.ts';

/** A source as the API shows it (`table` is the publisher table id). */
export function presentSource(source: SourceRecord): Source {
  return {
    id: source.id,
    publisher: source.publisher,
    title: source.title,
    table: source.publisherTable,
    referenceDate: source.referenceDate,
    url: source.url,
    licence: source.licence,
    note: source.note,
  };
}

/** GET /provinces. */
export function presentProvinceList(list: ProvinceList): z.infer<typeof provinceListSchema> {
  return {
    items: list.provinces.map((p) => ({ ...p, year: list.year })),
    sources: list.sources.map(presentSource),
  };
}

/** GET /municipalities. */
export function presentMunicipalityList(list: MunicipalityList): z.infer<typeof municipalityListSchema> {
  return {
    year: list.year,
    province: list.provinceCode,
    total: list.municipalities.length,
    items: list.municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      provinceCode: m.province_code,
      provinceName: m.province_name,
      population: m.population,
      populationReferenceDate: m.reference_date,
      populationSourceId: m.source_id,
    })),
    sources: list.sources.map(presentSource),
  };
}

function presentSuccession(row: SuccessionRecord, side: 'predecessor' | 'successor') {
  return {
    code: side === 'predecessor' ? row.predecessor_code : row.successor_code,
    name: side === 'predecessor' ? row.predecessor_name : row.successor_name,
    effectiveDate: row.effective_date,
    derivation: row.derivation,
    territoryShare: row.territory_share,
  };
}

/** GET /municipalities/:code, with the boundary as a GeoJSON Feature. */
export function presentMunicipalityDetail(detail: MunicipalityDetailResult): MunicipalityDetail {
  const { municipality: m, boundary } = detail;
  return {
    code: m.code,
    name: m.name,
    provinceCode: m.province_code,
    provinceName: m.province_name,
    activeFrom: m.begin_date,
    activeUntil: m.end_date,
    years: detail.years.map((y) => ({ year: y.year, name: y.name, provinceCode: y.province_code, active: y.active })),
    population: detail.population.map((p) => ({
      referenceDate: p.reference_date,
      population: p.population,
      sourceId: p.source_id,
    })),
    predecessors: detail.predecessors.map((row) => presentSuccession(row, 'predecessor')),
    successors: detail.successors.map((row) => presentSuccession(row, 'successor')),
    boundary: boundary
      ? {
          year: boundary.year,
          sourceId: boundary.source_id,
          feature: {
            type: 'Feature',
            id: m.code,
            properties: { code: m.code, name: boundary.name, year: boundary.year },
            geometry: boundary.geometry,
          },
        }
      : null,
    sources: detail.sources.map(presentSource),
  };
}

/** GET /provinces/:code/municipalities.geojson. */
export function presentProvinceMap(map: ProvinceMap): z.infer<typeof municipalityMapSchema> {
  return {
    type: 'FeatureCollection',
    features: map.features.map(({ municipality: m, boundary }) => ({
      type: 'Feature' as const,
      id: m.code,
      properties: {
        code: m.code,
        name: m.name,
        population: m.population,
        populationReferenceDate: m.reference_date,
        boundaryYear: boundary.year,
      },
      geometry: boundary.geometry,
    })),
    boundaryYear: map.boundaryYear,
    year: map.year,
    withoutBoundary: map.withoutBoundary,
    sources: map.sources.map(presentSource),
  };
}

/** GET and PUT /municipalities/:code/profile. */
export function presentMunicipalityProfile({ municipality, profile }: MunicipalityProfileResult): MunicipalityProfile {
  return {
    municipalityCode: municipality.code,
    municipalityName: municipality.name,
    contactEmail: profile?.contactEmail ?? null,
    phone: profile?.phone ?? null,
    website: profile?.website ?? null,
    note: profile?.note ?? null,
    updatedAt: profile ? profile.updatedAt.toISOString() : null,
  };
}
