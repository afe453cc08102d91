// SPDX-License-Identifier: EUPL-1.2
import type { ApiApp } from '../../server/api-app.ts';

/** STUB: filled in by its module. */
export async function accountRoutes(_app: ApiApp): Promise<void> {}
