// SPDX-License-Identifier: EUPL-1.2
/**
 * A coordinator decides a municipality's step on the intervention ladder: dated, with who, the
 * rationale and the next deadline, and the system's proposal at that moment kept beside it.
 * Rules: execution (uitvoering) only follows a decision to act in the municipality's place; a
 * merged-away municipality has no step; `expectedCurrentStep` guards against two coordinators
 * deciding at once (409 when the step changed meanwhile).
 */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import type { LadderStep } from './domain/ladder.ts';
import { todayInNetherlands } from './domain/period.ts';
import { loadTaakstellingState } from './load-taakstelling-state.ts';
import { proposalFor, thresholdsOf } from './supervision-proposal.ts';
import {
  findThresholds,
  insertTransition,
  latestTransitions,
  lockMunicipalitySupervision,
  type TransitionRecord,
} from './supervision.repository.ts';
import type { MunicipalityRecord } from './taakstelling.repository.ts';

export type DecideSupervisionStepInput = {
  step: LadderStep;
  rationale: string;
  nextDeadline?: string | undefined;
  expectedCurrentStep?: LadderStep | undefined;
};

export type DecideSupervisionStepOptions = {
  db: Db;
  actor: Actor;
  municipality: MunicipalityRecord;
  input: DecideSupervisionStepInput;
  today?: string;
};

export async function decideSupervisionStep({ db, actor, municipality, input, today = todayInNetherlands() }: DecideSupervisionStepOptions): Promise<TransitionRecord> {
  if (municipality.endDate !== null && municipality.endDate <= today) {
    throw new AppError('VALIDATION_FAILED', `${municipality.code} ${municipality.name} merged away on ${municipality.endDate}; supervise its successor.`, {
      field: 'params.code',
    });
  }
  if (input.nextDeadline !== undefined && input.nextDeadline < today) {
    throw new AppError('VALIDATION_FAILED', `The next deadline ${input.nextDeadline} is in the past.`, { field: 'body.nextDeadline' });
  }
  const loaded = await loadTaakstellingState({ db, asOf: today });
  const thresholds = thresholdsOf(await findThresholds(db, municipality.provinceCode));
  return inTransaction(db, actor, async (tx) => {
    await lockMunicipalitySupervision(tx, municipality.code);
    const current = ((await latestTransitions(tx, [municipality.code])).get(municipality.code)?.toStep ?? 'op_koers') as LadderStep;
    if (input.expectedCurrentStep !== undefined && input.expectedCurrentStep !== current) {
      throw new AppError('CONFLICT', `The step of ${municipality.code} changed meanwhile: it is now ${current}. Reload and decide again.`, {
        field: 'body.expectedCurrentStep',
        details: { currentStep: current },
      });
    }
    if (input.step === 'uitvoering_indeplaatsstelling' && current !== 'besluit_indeplaatsstelling' && current !== input.step) {
      throw new AppError('VALIDATION_FAILED', 'Execution (uitvoering) only follows a decision to act in the place of the municipality.', {
        field: 'body.step',
      });
    }
    const proposal = proposalFor(loaded, municipality.code, current, thresholds);
    return insertTransition(tx, {
      municipalityCode: municipality.code,
      fromStep: current,
      toStep: input.step,
      decidedBy: actor,
      rationale: input.rationale,
      nextDeadline: input.nextDeadline ?? null,
      figuresPeriod: proposal.figuresPeriod,
      proposedStep: proposal.step,
      proposalReasons: proposal.reasons,
    });
  });
}
