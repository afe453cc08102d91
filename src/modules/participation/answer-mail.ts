// SPDX-License-Identifier: EUPL-1.2
/**
 * The mail with an official's answer, in Dutch first and English below (we do not know the
 * resident's language). Plain text only: no HTML to escape, nothing to track.
 */
import type { ReactionRecord } from './reaction.repository.ts';

export type AnswerMailOptions = { record: Pick<ReactionRecord, 'location_id' | 'location_name' | 'public_body'>; answer: string; publicUrl: string };

/** Subject and text of the answer mail. */
export function answerMail({ record, answer, publicUrl }: AnswerMailOptions): { subject: string; text: string } {
  const link = `${publicUrl}/inwoners/locaties/${record.location_id}`;
  const name = record.location_name.replace(/[\r\n]+/g, ' ');
  return {
    subject: `Antwoord op uw reactie over ${name}`,
    text: [
      `U stelde een vraag of gaf een reactie over ${name}:`,
      '',
      record.public_body,
      '',
      'Ons antwoord:',
      '',
      answer,
      '',
      `U leest het ook op ${link}`,
      'Wij bewaren uw e-mailadres niet langer dan nodig. U hoeft niets te doen.',
      '',
      '---',
      `Answer to your reaction about ${name}. Read it at ${link}?lang=en`,
    ].join('\n'),
  };
}
