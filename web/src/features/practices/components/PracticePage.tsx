// SPDX-License-Identifier: EUPL-1.2
/** /praktijken/:id: one municipality's experience: what they did, the result, the lessons and whom to contact. */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchPractice } from '../api/practices-api.ts';
import { ThemeTags } from './ThemeTags.tsx';
import '../../integration/components/integration.css';

export function PracticePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const state = useAsync(`practice:${id}`, (signal) => fetchPractice(id, signal));
  useDocumentTitle(state.data?.title ?? t('practices.one'));
  useReadySignal(state.status !== 'loading');
  const back = (
    <Paragraph className="rt-backlink">
      <AppLink href={paths.practices()}>{t('practices.back')}</AppLink>
    </Paragraph>
  );
  if (state.status === 'loading') {
    return <Loading />;
  }
  if (state.status === 'failed') {
    return (
      <>
        {back}
        <Heading level={1}>{t('practices.one')}</Heading>
        <ProblemAlert error={state.error} />
      </>
    );
  }
  const practice = state.data;
  const part = (key: 'whatWeDid' | 'result' | 'lessons') =>
    practice[key] ? (
      <section className="rt-section" aria-labelledby={`practice-${key}`}>
        <Heading level={2} id={`practice-${key}`}>
          {t(`practices.fields.${key}`)}
        </Heading>
        {practice[key].split(/\n{2,}/).map((paragraph, index) => (
          <Paragraph key={index}>{paragraph}</Paragraph>
        ))}
      </section>
    ) : null;
  return (
    <>
      {back}
      <Heading level={1}>{practice.title}</Heading>
      <Paragraph lead>{t('practices.byLine', { municipality: practice.municipality.name, date: formatDateTime(practice.publishedAt, language) })}</Paragraph>
      <ThemeTags themes={practice.themes} />
      {part('whatWeDid')}
      {part('result')}
      {part('lessons')}
      <section className="rt-section" aria-labelledby="practice-contact">
        <Heading level={2} id="practice-contact">
          {t('practices.fields.contact')}
        </Heading>
        <Paragraph>{practice.contact}</Paragraph>
        {practice.projectReference ? <Paragraph>{t('practices.project', { project: practice.projectReference })}</Paragraph> : null}
        {practice.locationId ? (
          <Paragraph>
            <AppLink href={paths.location(practice.locationId)}>{t('practices.location')}</AppLink>
          </Paragraph>
        ) : null}
      </section>
    </>
  );
}
