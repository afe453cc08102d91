// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case step: place a site from its coordinates against the loaded municipal boundaries
 * (placement.ts), and check the municipality exists and still exists. Refusals name the field.
 */
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { loadMunicipalBoundaries } from './boundary.repository.ts';
import { findMunicipalityRecord } from './location.repository.ts';
import { inNetherlandsBox, placeSite } from './placement.ts';

type ResolvePlacementOptions = {
  db: Executor;
  longitude: number;
  latitude: number;
  municipalityCode?: string | undefined;
  /** Prefix of the field names in errors ("body."). */
  fieldPrefix?: string;
};

export type ResolvedPlacement = {
  municipalityCode: string;
  municipalityName: string;
  provinceCode: string;
  placement: 'derived' | 'checked' | 'near_border' | 'entered_unchecked';
  boundaryYear: number | null;
  sourceId: string | null;
};

/** The municipality of a site, or a VALIDATION_FAILED naming the field at fault. */
export async function resolvePlacement({ db, longitude, latitude, municipalityCode, fieldPrefix = 'body.' }: ResolvePlacementOptions): Promise<ResolvedPlacement> {
  const point = { lon: longitude, lat: latitude };
  if (!inNetherlandsBox(point)) {
    throw new AppError('VALIDATION_FAILED', `The coordinates (${longitude}, ${latitude}) lie outside the Netherlands.`, {
      field: `${fieldPrefix}longitude`,
      details: { rule: 'outside_netherlands' },
    });
  }
  const boundaries = await loadMunicipalBoundaries(db);
  if (!boundaries && municipalityCode === undefined) {
    throw new AppError('DATA_MISSING', 'No municipal boundaries are loaded, so the municipality cannot be derived: load the regional data or give the municipality.', {
      field: `${fieldPrefix}municipalityCode`,
    });
  }
  let code = municipalityCode;
  let placement: ResolvedPlacement['placement'] = 'entered_unchecked';
  if (boundaries) {
    const placed = placeSite(boundaries.areas, point, municipalityCode);
    if (!placed.ok) {
      throw new AppError('VALIDATION_FAILED', placed.reason, {
        field: `${fieldPrefix}${placed.field}`,
        details: { rule: placed.field === 'longitude' ? 'outside_netherlands' : 'municipality_mismatch', boundaryYear: boundaries.year },
      });
    }
    code = placed.municipalityCode;
    placement = placed.placement;
  }
  const municipality = await findMunicipalityRecord(db, code as string);
  if (!municipality) {
    throw new AppError('VALIDATION_FAILED', `There is no municipality ${code} in the loaded data.`, { field: `${fieldPrefix}municipalityCode` });
  }
  if (municipality.end_date !== null) {
    throw new AppError('VALIDATION_FAILED', `${municipality.name} (${code}) ended on ${municipality.end_date}; use its successor.`, {
      field: `${fieldPrefix}municipalityCode`,
    });
  }
  return {
    municipalityCode: municipality.code,
    municipalityName: municipality.name,
    provinceCode: municipality.province_code,
    placement,
    boundaryYear: boundaries?.year ?? null,
    sourceId: boundaries?.sourceId ?? null,
  };
}
