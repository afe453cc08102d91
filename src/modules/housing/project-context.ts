// SPDX-License-Identifier: EUPL-1.2
/** Use case step: what presenting projects needs (rent limits, CBS household sizes, today). */
import type { Executor } from '../../db/client.ts';
import { householdSizes, listRentLimits } from './housing.repository.ts';
import type { ProjectContext } from './project.presenter.ts';

export type LoadProjectContextOptions = { db: Executor; codes?: string[]; asOf: string };

export async function loadProjectContext({ db, codes, asOf }: LoadProjectContextOptions): Promise<ProjectContext> {
  const [limits, sizes] = await Promise.all([listRentLimits(db), householdSizes(db, codes)]);
  return { limits, householdSizes: sizes, asOf };
}
