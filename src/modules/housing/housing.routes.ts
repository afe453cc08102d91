// SPDX-License-Identifier: EUPL-1.2
/** Every route of the housing module under /api/v1/housing. */
import type { ApiApp } from '../../server/api-app.ts';
import { brokeringRoutes } from './brokering.routes.ts';
import { buildingRoutes } from './building.routes.ts';
import { forecastRoutes } from './forecast.routes.ts';
import { projectRoutes } from './project.routes.ts';

export async function housingRoutes(app: ApiApp): Promise<void> {
  await app.register(buildingRoutes);
  await app.register(projectRoutes);
  await app.register(forecastRoutes);
  await app.register(brokeringRoutes);
}
