// SPDX-License-Identifier: EUPL-1.2
/**
 * Use cases: the vacant buildings and the projects a caller may read, and their exports (CSV,
 * and one GeoJSON layer of buildings and projects for the map).
 */
import type { Executor } from '../../db/client.ts';
import { toCsv } from '../../shared/csv.ts';
import type { Authenticated } from '../../shared/principal.ts';
import type { BuildingListQuery, Building } from './building.schema.ts';
import { listBuildings as selectBuildings, listProjects as selectProjects, type BuildingRow, type Placed, type ProjectRow } from './housing.repository.ts';
import { housingPolicy } from './housing.policy.ts';
import type { Project, ProjectListQuery } from './project.schema.ts';

export type ListOptions<Q> = { db: Executor; principal: Authenticated; query: Q };

export type BuildingRecord = Placed<BuildingRow & { projectIds: string[] }>;

export async function listBuildings({ db, query }: ListOptions<BuildingListQuery>): Promise<BuildingRecord[]> {
  return selectBuildings(db, { all: true }, { province: query.province, municipality: query.municipality });
}

export async function listProjects({ db, query }: ListOptions<ProjectListQuery>): Promise<Placed<ProjectRow>[]> {
  return selectProjects(db, { all: true }, { province: query.province, municipality: query.municipality });
}

/** The building as shown to this caller: the owner only to those who may edit it. */
export function visibleBuilding(principal: Authenticated, record: BuildingRecord): Building {
  return {
    id: record.id,
    address: record.address,
    longitude: record.longitude,
    latitude: record.latitude,
    municipalityCode: record.municipalityCode,
    municipalityName: record.municipalityName,
    provinceCode: record.provinceCode,
    formerUse: record.formerUse,
    floorAreaM2: record.floorAreaM2,
    owner: housingPolicy.canEdit(principal, record) ? record.owner : null,
    vacantSince: record.vacantSince,
    projectIds: record.projectIds,
  };
}

export function buildingsCsv(buildings: Building[]): string {
  return toCsv(
    ['id', 'address', 'longitude', 'latitude', 'municipality_code', 'municipality_name', 'former_use', 'floor_area_m2', 'owner', 'vacant_since', 'project_ids'],
    buildings.map((b) => [b.id, b.address, b.longitude, b.latitude, b.municipalityCode, b.municipalityName, b.formerUse, b.floorAreaM2, b.owner, b.vacantSince, b.projectIds.join(' ')]),
  );
}

export function projectsCsv(projects: Project[]): string {
  return toCsv(
    ['id', 'name', 'kind', 'municipality_code', 'municipality_name', 'current_phase', 'homes_total', 'homes_status_holders', 'homes_students', 'homes_starters', 'homes_other',
      'homes_social', 'homes_mid', 'homes_free', 'persons_status_holders', 'persons_formula', 'delivered_on', 'deliveries', 'end_date', 'share_not_only_status_holders_pct'],
    projects.map((p) => [p.id, p.name, p.kind, p.municipalityCode, p.municipalityName, p.currentPhase, p.homesTotal, p.homes.statusHolders, p.homes.students, p.homes.starters, p.homes.other,
      p.homesPerBand.social, p.homesPerBand.mid, p.homesPerBand.free, p.persons.value, p.persons.formula, p.phases.delivered,
      p.deliveries.map((d) => `${d.period} ${d.share}% (${d.persons})`).join('; '), p.endDate, p.mixedGroups.share]),
  );
}

/** Buildings as points; projects made from a building at the building's point. */
export function housingGeoJson(buildings: Building[], projects: Project[]) {
  const at = new Map(buildings.map((b) => [b.id, [b.longitude, b.latitude] as [number, number]]));
  const point = (coordinates: [number, number]) => ({ type: 'Point' as const, coordinates });
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...buildings.map((b) => ({
        type: 'Feature' as const,
        id: b.id,
        geometry: point([b.longitude, b.latitude]),
        properties: { kind: 'building' as const, label: b.address, municipalityCode: b.municipalityCode, detail: `${b.formerUse}, ${b.floorAreaM2} m²` },
      })),
      ...projects.flatMap((p) => {
        const coordinates = p.buildingId ? at.get(p.buildingId) : undefined;
        return coordinates
          ? [{ type: 'Feature' as const, id: p.id, geometry: point(coordinates), properties: { kind: 'project' as const, label: p.name, municipalityCode: p.municipalityCode, detail: `${p.homesTotal} homes, ${p.currentPhase}` } }]
          : [];
      }),
    ],
  };
}
