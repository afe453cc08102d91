// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads of the supervision: the province overview (each municipality's current step, deadline
 * and the system's proposal) and one municipality's history. Who may read is decided by the
 * caller's policy (`canRead`); only readable municipalities are returned.
 */
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { LadderStep, LadderThresholds } from './domain/ladder.ts';
import { loadTaakstellingState } from './load-taakstelling-state.ts';
import { proposalFor, thresholdsOf, type SupervisionProposal } from './supervision-proposal.ts';
import { findThresholds, latestTransitions, transitionsOf, type TransitionWithName } from './supervision.repository.ts';
import type { MunicipalityScope } from './taakstelling.policy.ts';
import type { MunicipalityRecord } from './taakstelling.repository.ts';

export type SupervisionItem = {
  code: string;
  name: string;
  provinceCode: string;
  step: LadderStep;
  latest: TransitionWithName | null;
  proposal: SupervisionProposal;
};

export type SupervisionOverview = { provinceCode: string; provinceName: string; asOf: string; divisionYear: number; thresholds: LadderThresholds; customThresholds: boolean; items: SupervisionItem[] };

export type GetSupervisionOverviewOptions = {
  db: Executor;
  province: string;
  asOf: string;
  canRead: (municipality: MunicipalityScope) => boolean;
};

export async function getSupervisionOverview({ db, province, asOf, canRead }: GetSupervisionOverviewOptions): Promise<SupervisionOverview> {
  const loaded = await loadTaakstellingState({ db, asOf });
  const provinceName = loaded.provinces.get(province);
  if (!provinceName) {
    throw new AppError('NOT_FOUND', `There is no province ${province}.`, { field: 'query.province' });
  }
  const year = Number(asOf.slice(0, 4));
  const divisionYear = Math.max(...[...loaded.state.inputs.divisions.keys()].filter((y) => y <= year), Number.NEGATIVE_INFINITY);
  const members = (loaded.state.inputs.divisions.get(divisionYear) ?? []).filter((m) => m.provinceCode === province);
  const visible = members.filter((m) => canRead({ code: m.code, provinceCode: m.provinceCode }));
  if (visible.length === 0) {
    throw new AppError(members.length === 0 ? 'DATA_MISSING' : 'FORBIDDEN', members.length === 0 ? `No division of ${province} is loaded for ${year}.` : `You may not read the supervision of ${province}.`);
  }
  const record = await findThresholds(db, province);
  const thresholds = thresholdsOf(record);
  const latest = await latestTransitions(db, visible.map((m) => m.code));
  const items = visible.map((m): SupervisionItem => {
    const last = latest.get(m.code) ?? null;
    const step = (last?.toStep ?? 'op_koers') as LadderStep;
    return { ...m, step, latest: last, proposal: proposalFor(loaded, m.code, step, thresholds) };
  });
  return { provinceCode: province, provinceName, asOf, divisionYear, thresholds, customThresholds: record !== undefined, items };
}

export type MunicipalitySupervision = {
  municipality: MunicipalityRecord;
  asOf: string;
  step: LadderStep;
  thresholds: LadderThresholds;
  proposal: SupervisionProposal;
  history: TransitionWithName[];
};

export async function getMunicipalitySupervision({ db, municipality, asOf }: { db: Executor; municipality: MunicipalityRecord; asOf: string }): Promise<MunicipalitySupervision> {
  const [loaded, history, record] = await Promise.all([
    loadTaakstellingState({ db, asOf }),
    transitionsOf(db, municipality.code),
    findThresholds(db, municipality.provinceCode),
  ]);
  const step = (history[0]?.toStep ?? 'op_koers') as LadderStep;
  const thresholds = thresholdsOf(record);
  return { municipality, asOf, step, thresholds, proposal: proposalFor(loaded, municipality.code, step, thresholds), history };
}
