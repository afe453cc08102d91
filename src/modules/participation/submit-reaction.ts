// SPDX-License-Identifier: EUPL-1.2
/**
 * A resident sends a reaction on a public location page. No account: the text is normalised,
 * contacts in it are masked for the public copy, and the answer is due in 5 Dutch working days.
 * With moderation "before" it waits for a moderator; with "after" it is public at once.
 */
import { AppError } from '../../shared/errors.ts';
import type { PageLocationRecord } from './page.repository.ts';
import { responseTargetWorkingDays, type ReactionInput } from './participation.schema.ts';
import { maskContacts, normaliseText } from './reaction-text.ts';
import type { ReactionWriter } from './reaction-writer.ts';
import { addWorkingDays, dutchDateOf } from './working-days.ts';

export type SubmitReactionOptions = {
  writer: ReactionWriter;
  /** The location, loaded by the caller; anything not public is refused as not found. */
  location: PageLocationRecord | undefined;
  input: ReactionInput;
  now: Date;
  /** The rate limits: throws RATE_LIMITED; called once the location is known to be public. */
  admit: () => void;
};

export type SubmittedReaction = {
  id: string;
  visibility: 'pending' | 'published';
  status: 'received';
  dueOn: string;
};

/** Thrown for a filled honeypot; the HTML form answers as if all went well, the API with 400. */
export const honeypotField = 'body.website';

/** The due date of the last day seen: a surge computes the working days once, not per reaction. */
let lastDue: { receivedOn: string; dueOn: string } | undefined;

function dueDateFor(now: Date): string {
  const receivedOn = dutchDateOf(now);
  if (lastDue?.receivedOn !== receivedOn) {
    lastDue = { receivedOn, dueOn: addWorkingDays(receivedOn, responseTargetWorkingDays) };
  }
  return lastDue.dueOn;
}

export async function submitReaction({ writer, location, input, now, admit }: SubmitReactionOptions): Promise<SubmittedReaction> {
  if (!location || !location.is_public) {
    throw new AppError('NOT_FOUND', 'There is no public page for this location.', { field: 'params.id' });
  }
  admit();
  if (input.website !== undefined && input.website.trim() !== '') {
    throw new AppError('VALIDATION_FAILED', 'This field must stay empty.', { field: honeypotField });
  }
  if ((input.longitude === undefined) !== (input.latitude === undefined)) {
    throw new AppError('VALIDATION_FAILED', 'A map spot needs both longitude and latitude.', {
      field: input.longitude === undefined ? 'body.longitude' : 'body.latitude',
    });
  }
  const text = normaliseText(input.text);
  if (text.length < 3) {
    throw new AppError('VALIDATION_FAILED', 'The text must be at least 3 characters.', { field: 'body.text' });
  }
  const masked = maskContacts(text);
  const visibility = location.moderation === 'after' ? 'published' : 'pending';
  const dueOn = dueDateFor(now);
  const id = await writer.write({
    values: {
      locationId: location.id,
      kind: input.kind,
      body: text,
      publicBody: masked.text,
      containsContact: masked.containsContact,
      longitude: input.longitude ?? null,
      latitude: input.latitude ?? null,
      visibility,
      receivedAt: now,
      dueOn,
    },
    email: input.email?.trim().toLowerCase(),
  });
  return { id, visibility, status: 'received', dueOn };
}
