// SPDX-License-Identifier: EUPL-1.2
/** Shown for a path the app does not know. */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink.tsx';
import { useDocumentTitle, useReadySignal } from '../lib/page-signals.ts';
import { paths } from '../lib/paths.ts';

/** The page for unknown paths. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  useReadySignal(true);
  return (
    <>
      <Heading level={1}>{t('notFound.title')}</Heading>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <AppLink href={paths.home}>{t('notFound.home')}</AppLink>
      </Paragraph>
    </>
  );
}
