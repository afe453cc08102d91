// SPDX-License-Identifier: EUPL-1.2
/**
 * Texts of the subscription mails: Dutch first, English below (we do not know the reader's
 * language). Plain text only: nothing to escape, nothing to track. Location names and titles are
 * made one line, because they also go into the subject.
 */

/** Paths of the pages a mail links to (under the public URL). */
export const confirmPath = '/inwoners/volgen/bevestigen';
export const unsubscribePath = '/inwoners/volgen/afmelden';

const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();

export type ConfirmMailOptions = { locationName: string; confirmUrl: string; validDays: number };

/** The double opt-in mail: nothing is sent until its link is followed. */
export function confirmMail({ locationName, confirmUrl, validDays }: ConfirmMailOptions): { subject: string; text: string } {
  const name = oneLine(locationName);
  return {
    subject: `Bevestig: nieuws volgen over ${name}`,
    text: [
      `U wilt per e-mail nieuws krijgen over ${name}.`,
      'Klik op deze link om dat te bevestigen:',
      '',
      confirmUrl,
      '',
      `De link werkt ${validDays} dagen en één keer.`,
      'Heeft u dit niet gevraagd? Dan hoeft u niets te doen. Wij sturen u dan niets meer',
      'en wissen uw e-mailadres.',
      '',
      '---',
      `Please confirm that you want news about ${name} by e-mail: ${confirmUrl}`,
      'If you did not ask for this, ignore this mail; we will not write again.',
    ].join('\n'),
  };
}

/** What a notice is about: a new announcement or a newly published answer. */
export type NoticeKind = 'announcement' | 'answer';

export type NoticeMailOptions = { locationName: string; kind: NoticeKind; title: string; url: string; unsubscribeUrl: string };

/** The mail to a confirmed follower when something new is on the page. */
export function noticeMail(options: NoticeMailOptions): { subject: string; text: string } {
  const name = oneLine(options.locationName);
  const title = oneLine(options.title);
  const what = options.kind === 'announcement' ? 'Nieuw bericht' : 'Nieuw antwoord';
  const whatEn = options.kind === 'announcement' ? 'New announcement' : 'New answer';
  return {
    subject: `${what} over ${name}: ${title}`.slice(0, 200),
    text: [
      `${what} over ${name}:`,
      '',
      title,
      '',
      `Lees het op ${options.url}`,
      '',
      'Wilt u deze e-mails niet meer? Meld u af met één klik:',
      options.unsubscribeUrl,
      '',
      '---',
      `${whatEn} about ${name}: ${title}. Read it at ${options.url}`,
      `Unsubscribe: ${options.unsubscribeUrl}`,
    ].join('\n'),
  };
}
