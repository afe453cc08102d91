// SPDX-License-Identifier: EUPL-1.2
/**
 * A moderator or official publishes or rejects a pending activity, hides a published one, or
 * publishes a hidden one again (a reason is required when rejecting or hiding). Audited by the
 * activities_audit trigger, with the actor.
 */
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { authorizeOrHide } from '../../shared/policy.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { activityPolicy } from './activity.policy.ts';
import { decideActivity, findActivityForUpdate } from './activity.repository.ts';
import type { ActivityModerationInput } from './activity.schema.ts';

export type ModerateActivityOptions = { database: Database; principal: Authenticated; id: string; input: ActivityModerationInput };

/** Records the decision; NOT_FOUND outside the caller's scope, CONFLICT when already decided. */
export async function moderateActivity(
  options: ModerateActivityOptions,
): Promise<{ id: string; status: 'published' | 'rejected'; locationId: string | null }> {
  const { database, principal, id, input } = options;
  const actor = actorOf(principal);
  return inTransaction(database.db, actor, async (tx) => {
    const activity = await findActivityForUpdate(tx, id);
    if (!activity) {
      throw new AppError('NOT_FOUND', 'There is no such activity.', { field: 'params.id' });
    }
    authorizeOrHide(principal, activityPolicy.canDecide(principal, activity));
    const status = input.decision === 'publish' ? 'published' : 'rejected';
    const decided = await decideActivity(tx, id, { status, reason: input.reason ?? null, by: actor });
    if (!decided) {
      throw new AppError('CONFLICT', `This activity is ${status} already.`, { field: 'body.decision' });
    }
    return { id, status, locationId: activity.location_id };
  });
}
