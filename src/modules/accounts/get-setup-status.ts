// SPDX-License-Identifier: EUPL-1.2
/** First-run setup is needed while no active province coordinator exists. */
import type { Executor } from '../../db/client.ts';
import { countActiveCoordinators } from './account.repository.ts';

export type GetSetupStatusOptions = { ex: Executor };

/** True while no active province coordinator exists. */
export async function isSetupNeeded({ ex }: GetSetupStatusOptions): Promise<boolean> {
  return (await countActiveCoordinators(ex)) === 0;
}
