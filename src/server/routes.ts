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
import { integrationRoutes } from '../modules/integration/integration.routes.ts';
import { offerRoutes } from '../modules/offers/offer.routes.ts';
import { practiceRoutes } from '../modules/practices/practice.routes.ts';

export async function apiRoutes(app: ApiApp): Promise<void> {
  await app.register(healthRoutes);
  await app.register(regionRoutes);
  await app.register(accountRoutes);
  await app.register(auditRoutes);
  await app.register(taakstellingRoutes);
  await app.register(locationRoutes);
  await app.register(sitingRoutes);
  await app.register(integrationRoutes);
  await app.register(offerRoutes);
  await app.register(practiceRoutes);
}
