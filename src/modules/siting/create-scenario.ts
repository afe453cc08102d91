// SPDX-License-Identifier: EUPL-1.2
/**
 * Use case: create a weighing scenario for a province (or one municipality) with the default
 * criteria (criteria-catalogue.ts) or the given ones. The COA cost reference is loaded with its
 * source in the same transaction when it is not loaded yet. A seed is drawn when none is given,
 * and stored, so the sensitivity can be reproduced.
 */
import crypto from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize } from '../../shared/policy.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { findMunicipalityRecord, findProvinceRecord } from '../locations/location.repository.ts';
import { ensureCostReference } from './cost-reference.repository.ts';
import { defaultCriteria } from './criteria-catalogue.ts';
import { insertScenario, replaceCriteria, type CriterionInsert } from './scenario.repository.ts';
import type { CreateScenarioInput, CriterionInput } from './siting.schema.ts';
import { sitingPolicy } from './siting.policy.ts';

type CreateScenarioOptions = { db: Db; principal: Authenticated; input: CreateScenarioInput; today: string };

/** Criterion rows from the API's criteria (ids unique, weights not all 0). */
export function criterionRows(criteria: CriterionInput[], field = 'body.criteria'): Omit<CriterionInsert, 'scenarioId'>[] {
  const ids = new Set<string>();
  criteria.forEach((c, i) => {
    if (ids.has(c.id)) {
      throw new AppError('VALIDATION_FAILED', `The criterion id "${c.id}" appears twice.`, { field: `${field}.${i}.id` });
    }
    ids.add(c.id);
  });
  if (criteria.every((c) => c.weight === 0)) {
    throw new AppError('VALIDATION_FAILED', 'All weights are zero: at least one weight must be more than 0.', { field, details: { rule: 'weights_all_zero' } });
  }
  return criteria.map((c, position) => ({
    criterionId: c.id,
    position,
    labelNl: c.labelNl,
    labelEn: c.labelEn,
    direction: c.direction,
    weight: c.weight,
    measure: c.measure,
    facilityKind: c.facilityKind ?? null,
    unit: c.unit,
    rationaleNl: c.rationaleNl,
    rationaleEn: c.rationaleEn,
    dataSource: c.dataSource,
  }));
}

export async function createScenario({ db, principal, input, today }: CreateScenarioOptions): Promise<string> {
  let provinceCode = input.provinceCode;
  const municipalityCode = input.municipalityCode ?? null;
  if (municipalityCode !== null) {
    const municipality = await findMunicipalityRecord(db, municipalityCode);
    if (!municipality) {
      throw new AppError('VALIDATION_FAILED', `There is no municipality ${municipalityCode}.`, { field: 'body.municipalityCode' });
    }
    if (provinceCode !== undefined && provinceCode !== municipality.province_code) {
      throw new AppError('VALIDATION_FAILED', `${municipality.name} lies in ${municipality.province_code}, not ${provinceCode}.`, { field: 'body.provinceCode' });
    }
    provinceCode = municipality.province_code;
  }
  const province = provinceCode === undefined ? undefined : await findProvinceRecord(db, provinceCode);
  if (!province) {
    throw new AppError('VALIDATION_FAILED', `There is no province ${provinceCode}.`, { field: 'body.provinceCode' });
  }
  authorize(principal, sitingPolicy.canCreate(principal, { provinceCode: province.code, municipalityCode }), 'to create a weighing here');
  const criteria = criterionRows(input.criteria ?? defaultCriteria.map(({ facilityKind, ...c }) => ({ ...c, ...(facilityKind ? { facilityKind } : {}) })));
  const actor = actorOf(principal);
  return inTransaction(db, actor, async (tx) => {
    await ensureCostReference(tx);
    const id = await insertScenario(tx, {
      name: input.name,
      description: input.description ?? null,
      provinceCode: province.code,
      municipalityCode,
      referenceDate: input.referenceDate ?? today,
      seed: input.seed ?? crypto.randomInt(0, 2 ** 32),
      createdBy: actor,
    });
    await replaceCriteria(tx, id, criteria);
    return id;
  });
}
