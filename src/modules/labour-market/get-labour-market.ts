// SPDX-License-Identifier: EUPL-1.2
/** The regional labour market as imported: each region with its municipalities and shortages. */
import type { Executor } from '../../db/client.ts';
import { loadLabourMarket } from './labour-market.repository.ts';
import type { LabourMarket, LabourMarketRegion } from './labour-market.schema.ts';

export type GetLabourMarketOptions = { db: Executor };

export async function getLabourMarket(options: GetLabourMarketOptions): Promise<LabourMarket> {
  const { regions, members, shortages } = await loadLabourMarket(options.db);
  const byCode = new Map<string, LabourMarketRegion>(
    regions.map((region) => [region.code, { ...region, municipalities: [], shortages: [] }]),
  );
  for (const member of members) {
    byCode.get(member.regionCode)?.municipalities.push(member.municipalityCode);
  }
  for (const { regionCode, ...shortage } of shortages) {
    byCode.get(regionCode)?.shortages.push(shortage);
  }
  const anyExample = regions.some((region) => region.isExample) || shortages.some((shortage) => shortage.isExample);
  return { regions: [...byCode.values()], anyExample };
}
