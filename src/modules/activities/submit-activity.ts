// SPDX-License-Identifier: EUPL-1.2
/**
 * Posting an activity: stored as pending, published only after moderation. E-mail addresses and
 * phone numbers in the description are masked for the board (the organiser's contact has its own
 * field) and flagged for the moderator. A filled honeypot stores nothing and gets the same answer.
 */
import crypto from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { maskContacts } from '../participation/reaction-text.ts';
import { insertActivity, municipalityExists, publicLocationExists } from './activity.repository.ts';
import type { ActivityInput } from './activity.schema.ts';

export type SubmitActivityOptions = {
  database: Database;
  input: ActivityInput;
  /** `system:public` for the public form, or the signed-in person's actor. */
  actor: Actor;
};

/** Stores the activity; returns its id (a made-up one for a robot). */
export async function submitActivity({ database, input, actor }: SubmitActivityOptions): Promise<{ id: string }> {
  if (input.website) {
    return { id: crypto.randomUUID() };
  }
  return inTransaction(database.db, actor, async (tx) => {
    if (!(await municipalityExists(tx, input.municipalityCode))) {
      throw new AppError('VALIDATION_FAILED', 'There is no current municipality with this code.', { field: 'body.municipalityCode' });
    }
    if (input.locationId && !(await publicLocationExists(tx, input.locationId))) {
      throw new AppError('VALIDATION_FAILED', 'There is no public location with this id.', { field: 'body.locationId' });
    }
    const masked = maskContacts(input.description);
    const id = await insertActivity(tx, {
      kind: input.kind,
      title: input.title,
      description: input.description,
      publicDescription: masked.text,
      containsContact: masked.containsContact,
      startsAt: new Date(input.startsAt),
      endsAt: input.endsAt ? new Date(input.endsAt) : null,
      schedule: input.schedule ?? null,
      place: input.place,
      municipalityCode: input.municipalityCode,
      locationId: input.locationId ?? null,
      organiserName: input.organiserName,
      organiserEmail: input.organiserEmail,
      organiserUrl: input.organiserUrl ?? null,
      submittedBy: actor === 'system:public' ? 'public' : actor,
    });
    return { id };
  });
}
