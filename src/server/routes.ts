// SPDX-License-Identifier: EUPL-1.2
/** Every module's routes under /api/v1. */
import type { ApiApp } from './api-app.ts';
import { healthRoutes } from '../modules/health/health.routes.ts';
import { regionRoutes } from '../modules/regions/region.routes.ts';
import { accountRoutes } from '../modules/accounts/account.routes.ts';
import { auditRoutes } from '../modules/audit/audit.routes.ts';
import { taakstellingRoutes } from '../modules/taakstelling/taakstelling.routes.ts';
import { locationRoutes } from '../modules/locations/location.routes.ts';
import { sitingRoutes } from '../modules/siting/siting.routes.ts';
import { labourMarketRoutes } from '../modules/labour-market/labour-market.routes.ts';
import { integrationRoutes } from '../modules/integration/integration.routes.ts';
import { subscriptionRoutes } from '../modules/subscriptions/subscription.routes.ts';
import { activityRoutes } from '../modules/activities/activity.routes.ts';
import { participationRoutes } from '../modules/participation/participation.routes.ts';
import { housingRoutes } from '../modules/housing/housing.routes.ts';
import { offerRoutes } from '../modules/offers/offer.routes.ts';
import { proposalRoutes } from '../modules/matching/proposal.routes.ts';
import { practiceRoutes } from '../modules/practices/practice.routes.ts';

export async function apiRoutes(app: ApiApp): Promise<void> {
  await app.register(healthRoutes);
  await app.register(regionRoutes);
  await app.register(accountRoutes);
  await app.register(auditRoutes);
  await app.register(taakstellingRoutes);
  await app.register(locationRoutes);
  await app.register(sitingRoutes);
  await app.register(labourMarketRoutes);
  await app.register(integrationRoutes);
  await app.register(subscriptionRoutes);
  await app.register(activityRoutes);
  await app.register(participationRoutes);
  await app.register(housingRoutes);
  await app.register(offerRoutes);
  await app.register(proposalRoutes);
  await app.register(practiceRoutes);
}
