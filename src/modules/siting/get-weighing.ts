// SPDX-License-Identifier: EUPL-1.2
/**
 * Use cases that read a weighing: the whole weighing (values with their sources, both methods,
 * breakdown, sensitivity), and the side-by-side comparison of 2 to 4 of its candidates.
 */
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { Principal } from '../../shared/principal.ts';
import { loadVisibleScenario } from './load-scenario.ts';
import { loadWeighing } from './load-weighing.ts';
import type { WeighingView } from './siting.schema.ts';
import { presentWeighing } from './siting.presenter.ts';
import { weigh } from './weigh.ts';

type GetWeighingOptions = { db: Db; principal: Principal; id: string };

export async function getWeighing({ db, principal, id }: GetWeighingOptions): Promise<WeighingView> {
  const scenario = await loadVisibleScenario({ db, principal, id });
  const weighing = await loadWeighing({ db, scenario });
  return presentWeighing(weighing, weigh(weighing));
}

/**
 * The weighing narrowed to the chosen candidates (in the order asked). Scores, ranks and
 * sensitivity stay those of the whole scenario: normalisation is over all candidates, so a
 * comparison never changes a score.
 */
export async function compareCandidates({ db, principal, id, locationIds }: GetWeighingOptions & { locationIds: string[] }): Promise<WeighingView> {
  if (new Set(locationIds).size !== locationIds.length) {
    throw new AppError('VALIDATION_FAILED', 'A candidate appears twice in the comparison.', { field: 'querystring.candidates' });
  }
  const view = await getWeighing({ db, principal, id });
  for (const locationId of locationIds) {
    if (!view.candidates.some((c) => c.location.id === locationId)) {
      throw new AppError('NOT_FOUND', `Location ${locationId} is not a candidate of this scenario.`, { field: 'querystring.candidates' });
    }
  }
  const keep = (locationId: string) => locationIds.includes(locationId);
  const order = (a: { location: { id: string } }, b: { location: { id: string } }) => locationIds.indexOf(a.location.id) - locationIds.indexOf(b.location.id);
  return {
    ...view,
    candidates: view.candidates.filter((c) => keep(c.location.id)).sort(order),
    missing: view.missing.filter((m) => keep(m.locationId)),
    methods: view.methods
      ? { 'weighted-sum': view.methods['weighted-sum'].filter((s) => keep(s.locationId)), topsis: view.methods.topsis.filter((s) => keep(s.locationId)) }
      : null,
    sensitivity: view.sensitivity
      ? {
          ...view.sensitivity,
          methods: {
            'weighted-sum': view.sensitivity.methods['weighted-sum'].filter((s) => keep(s.locationId)),
            topsis: view.sensitivity.methods.topsis.filter((s) => keep(s.locationId)),
          },
        }
      : null,
  };
}
