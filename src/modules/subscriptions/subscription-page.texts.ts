// SPDX-License-Identifier: EUPL-1.2
/** Texts of the subscribe form and the confirm and unsubscribe pages, in plain Dutch (B1) and English. */
import type { Lang } from '../../server/problem-messages.ts';

const nl = {
  sectionTitle: 'Blijf op de hoogte',
  sectionIntro: 'Krijg een e-mail als er nieuws is over deze locatie of als er een vraag is beantwoord.',
  emailLabel: 'Uw e-mailadres',
  emailHint: 'U krijgt eerst een e-mail met een link. Pas als u op die link klikt, sturen wij u berichten. Wij tonen uw adres nergens. In elke e-mail staat een link om u af te melden.',
  honeypot: 'Laat dit veld leeg',
  subscribe: 'Aanmelden',
  feed: 'Of volg deze pagina met een feedlezer (Atom)',
  sent: 'Bijna klaar. Kijk in uw e-mail en klik op de link om uw aanmelding te bevestigen.',
  invalid: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
  tooMany: 'U heeft het te vaak geprobeerd. Probeer het over tien minuten opnieuw.',
  confirmTitle: 'Aanmelding bevestigen',
  confirmText: 'Klik op de knop om te bevestigen dat u e-mail wilt krijgen over deze locatie.',
  confirmButton: 'Ja, ik wil e-mail krijgen',
  confirmedTitle: 'U bent aangemeld',
  confirmedText: 'U krijgt voortaan een e-mail bij nieuws en antwoorden.',
  toPage: 'Naar de pagina van de locatie',
  badLinkTitle: 'Deze link werkt niet meer',
  badLinkText: 'De link is al gebruikt of te oud. Meld u opnieuw aan op de pagina van de locatie.',
  toList: 'Naar alle locaties',
  unsubscribeTitle: 'Afmelden',
  unsubscribeText: 'Klik op de knop om geen e-mail meer te krijgen over deze locatie.',
  unsubscribeButton: 'Afmelden',
  unsubscribedTitle: 'U bent afgemeld',
  unsubscribedText: 'U krijgt geen e-mail meer over deze locatie. Wij hebben uw e-mailadres gewist.',
};

const en: typeof nl = {
  sectionTitle: 'Stay informed',
  sectionIntro: 'Get an e-mail when there is news about this location or when a question has been answered.',
  emailLabel: 'Your e-mail address',
  emailHint: 'First you get an e-mail with a link. Only after you click that link do we send you messages. We never show your address. Every e-mail has a link to unsubscribe.',
  honeypot: 'Leave this field empty',
  subscribe: 'Subscribe',
  feed: 'Or follow this page with a feed reader (Atom)',
  sent: 'Almost done. Check your e-mail and click the link to confirm.',
  invalid: 'Enter a valid e-mail address, for example name@example.org.',
  tooMany: 'You tried too often. Please try again in ten minutes.',
  confirmTitle: 'Confirm your subscription',
  confirmText: 'Click the button to confirm that you want e-mail about this location.',
  confirmButton: 'Yes, send me e-mail',
  confirmedTitle: 'You are subscribed',
  confirmedText: 'From now on you get an e-mail about news and answers.',
  toPage: 'To the page of the location',
  badLinkTitle: 'This link no longer works',
  badLinkText: 'The link has been used already or is too old. Subscribe again on the page of the location.',
  toList: 'To all locations',
  unsubscribeTitle: 'Unsubscribe',
  unsubscribeText: 'Click the button to stop getting e-mail about this location.',
  unsubscribeButton: 'Unsubscribe',
  unsubscribedTitle: 'You are unsubscribed',
  unsubscribedText: 'You will get no more e-mail about this location. We have erased your e-mail address.',
};

/** The texts in one language. */
export function subscriptionTexts(lang: Lang): typeof nl {
  return lang === 'en' ? en : nl;
}

/** The `bericht` values this module puts on the location page after its form. */
export const subscribeFlash = { sent: 'volgen-verstuurd', invalid: 'volgen-ongeldig', tooMany: 'volgen-te-vaak' } as const;
