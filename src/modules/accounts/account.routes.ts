// SPDX-License-Identifier: EUPL-1.2
/** Every accounts route: session and first run, API tokens, organisations and people. */
import type { ApiApp } from '../../server/api-app.ts';
import { peopleRoutes } from './people.routes.ts';
import { sessionRoutes } from './session.routes.ts';
import { createSignInLimiter } from './sign-in-limiter.ts';
import { tokenRoutes } from './token.routes.ts';

/** Registers the accounts routes under /api/v1. */
export async function accountRoutes(app: ApiApp): Promise<void> {
  // One limiter per application instance (see sign-in-limiter.ts for its limits).
  const limiter = createSignInLimiter({ limit: app.deps.config.signInLimit });
  await sessionRoutes(app, { limiter });
  await tokenRoutes(app);
  await peopleRoutes(app);
}
