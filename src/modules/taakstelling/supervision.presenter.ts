// SPDX-License-Identifier: EUPL-1.2
/** Shapes supervision data for the API. */
import type { z } from 'zod';
import type { LadderStep } from './domain/ladder.ts';
import type { MunicipalitySupervision, SupervisionOverview } from './get-supervision.ts';
import type { TransitionRecord, TransitionWithName } from './supervision.repository.ts';
import type { municipalitySupervisionSchema, supervisionOverviewSchema, transitionSchema } from './supervision.schema.ts';

export function presentTransition(row: TransitionRecord & { decidedByName?: string | null }): z.infer<typeof transitionSchema> {
  return {
    id: row.id,
    fromStep: row.fromStep as LadderStep,
    toStep: row.toStep as LadderStep,
    decidedAt: row.decidedAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedByName: row.decidedByName ?? null,
    rationale: row.rationale,
    nextDeadline: row.nextDeadline,
    proposal: row.proposedStep
      ? { step: row.proposedStep as LadderStep, reasons: row.proposalReasons, figuresPeriod: row.figuresPeriod }
      : null,
  };
}

export function presentSupervisionOverview(view: SupervisionOverview): z.infer<typeof supervisionOverviewSchema> {
  return {
    province: { code: view.provinceCode, name: view.provinceName },
    asOf: view.asOf,
    divisionYear: view.divisionYear,
    thresholds: view.thresholds,
    customThresholds: view.customThresholds,
    items: view.items.map((item) => {
      const latest: TransitionWithName | null = item.latest;
      return {
        code: item.code,
        name: item.name,
        step: item.step,
        since: latest ? latest.decidedAt.toISOString() : null,
        decidedByName: latest?.decidedByName ?? null,
        nextDeadline: latest?.nextDeadline ?? null,
        overdue: latest?.nextDeadline ? latest.nextDeadline < view.asOf : false,
        proposal: item.proposal,
        proposalDiffers: item.proposal.step !== item.step,
      };
    }),
  };
}

export function presentMunicipalitySupervision(view: MunicipalitySupervision): z.infer<typeof municipalitySupervisionSchema> {
  return {
    municipality: { code: view.municipality.code, name: view.municipality.name, provinceCode: view.municipality.provinceCode },
    asOf: view.asOf,
    step: view.step,
    thresholds: view.thresholds,
    proposal: view.proposal,
    history: view.history.map(presentTransition),
  };
}
