// SPDX-License-Identifier: EUPL-1.2
/**
 * The gate of the officials' participation pages (reactions, overview, activities): while the
 * session loads, a spinner; signed out, a link to sign in and come back; without a role that
 * handles reactions, a short refusal; else the page.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import type { SessionPerson } from '../../auth/api/session-api.ts';
import { handlesReactions } from '../permissions.ts';

export type HandlersOnlyProps = {
  title: string;
  /** Where to come back after signing in. */
  path: string;
  notAllowed: string;
  children: (person: SessionPerson) => ReactNode;
};

export function HandlersOnly({ title, path, notAllowed, children }: HandlersOnlyProps) {
  const { t } = useTranslation();
  const { status, person } = useSession();
  useDocumentTitle(title);
  const allowed = handlesReactions(person);
  useReadySignal(status !== 'loading' && !allowed);
  if (status === 'loading') {
    return <Loading />;
  }
  if (!person || !allowed) {
    return (
      <>
        <Heading level={1}>{title}</Heading>
        <Paragraph>{person ? notAllowed : t('participation.signInFirst')}</Paragraph>
        {person ? null : <Paragraph><AppLink href={paths.signIn(path)}>{t('participation.toSignIn')}</AppLink></Paragraph>}
      </>
    );
  }
  return <>{children(person)}</>;
}
