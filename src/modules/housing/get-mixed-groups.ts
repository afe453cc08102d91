// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: the mixed-groups indicator per municipality: of all homes in its projects, how many
 * (and what share) are not for status holders, and how many projects mix groups.
 */
import type { Executor } from '../../db/client.ts';
import { mixedGroups } from './domain/project.ts';
import { listProjects } from './housing.repository.ts';

export type GetMixedGroupsOptions = { db: Executor; province?: string | undefined; municipality?: string | undefined };

export type MixedGroupsRow = {
  code: string;
  name: string;
  projects: number;
  mixedProjects: number;
  homesTotal: number;
  homesStatusHolders: number;
  otherHomes: number;
  share: number | null;
};

export const mixedGroupsHow = 'share = (all homes − homes for status holders) / all homes × 100, over the projects of the municipality; a project mixes groups when it has homes for status holders and for others.';

export async function getMixedGroups({ db, province, municipality }: GetMixedGroupsOptions): Promise<{ rows: MixedGroupsRow[]; how: string }> {
  const projects = await listProjects(db, { all: true }, { province, municipality });
  const byCode = new Map<string, MixedGroupsRow>();
  for (const p of projects) {
    const row = byCode.get(p.municipalityCode) ?? { code: p.municipalityCode, name: p.municipalityName, projects: 0, mixedProjects: 0, homesTotal: 0, homesStatusHolders: 0, otherHomes: 0, share: null };
    row.projects += 1;
    row.mixedProjects += mixedGroups(p.homesTotal, p.homesStatusHolders).mixed ? 1 : 0;
    row.homesTotal += p.homesTotal;
    row.homesStatusHolders += p.homesStatusHolders;
    const total = mixedGroups(row.homesTotal, row.homesStatusHolders);
    row.otherHomes = total.otherHomes;
    row.share = total.share;
    byCode.set(p.municipalityCode, row);
  }
  return { rows: [...byCode.values()], how: mixedGroupsHow };
}
