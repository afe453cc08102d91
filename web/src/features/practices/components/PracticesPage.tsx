// SPDX-License-Identifier: EUPL-1.2
/**
 * /praktijken: search the practice library (Dutch full text in PostgreSQL). Quotes, "or" and a
 * minus are allowed and never give an error; the search words stay in the address, so a search
 * can be shared and the back button works.
 */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useRouter } from '../../../lib/router.tsx';
import { useAsync } from '../../../lib/use-async.ts';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import { publishScopes } from '../../integration/nav.ts';
import { searchPractices } from '../api/practices-api.ts';
import { practiceThemes } from './themes.ts';
import { ThemeTags } from './ThemeTags.tsx';
import '../../integration/components/integration.css';

export function PracticesPage({ q, theme }: { q: string; theme: string | null }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const { navigate } = useRouter();
  const { person } = useSession();
  const [words, setWords] = useState(q);
  const [chosen, setChosen] = useState(theme ?? '');
  const validTheme = practiceThemes.find((candidate) => candidate === theme) ?? null;
  const state = useAsync(`practices:${q}:${validTheme ?? ''}`, (signal) => searchPractices({ q, theme: validTheme }, signal));
  useDocumentTitle(t('practices.title'));
  useReadySignal(state.status !== 'loading');
  const scopes = publishScopes(person);
  const canPublish = scopes.municipalities.length > 0 || scopes.provinces.length > 0;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    navigate(paths.practices(words.trim(), chosen || null));
  };

  return (
    <>
      <Heading level={1}>{t('practices.title')}</Heading>
      <Paragraph lead>{t('practices.intro')}</Paragraph>
      {canPublish ? (
        <Paragraph>
          <AppLink href={paths.newPractice}>{t('practices.publishLink')}</AppLink>
        </Paragraph>
      ) : null}
      <form className="rt-form" role="search" onSubmit={onSubmit} aria-label={t('practices.searchLabel')}>
        <TextField id="practice-q" name="q" label={t('practices.words')} description={t('practices.wordsHelp')} value={words} onChange={setWords} maxLength={200} />
        <SelectField
          id="practice-theme"
          name="theme"
          label={t('practices.theme')}
          value={chosen}
          options={[{ value: '', label: t('practices.allThemes') }, ...practiceThemes.map((value) => ({ value, label: t(`practices.themes.${value}`) }))]}
          onChange={setChosen}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('practices.search')}
        </Button>
      </form>
      <section className="rt-section" aria-labelledby="practice-results-heading" aria-live="polite">
        <Heading level={2} id="practice-results-heading">
          {t('practices.results')}
        </Heading>
        {state.status === 'loading' ? <Loading /> : null}
        {state.status === 'failed' ? <ProblemAlert error={state.error} /> : null}
        {state.status === 'done' ? (
          <>
            <Paragraph data-testid="practice-count">
              {q ? t('practices.countFor', { count: state.data.total, q }) : t('practices.count', { count: state.data.total })}
            </Paragraph>
            <ul className="rt-cards" data-testid="practice-results">
              {state.data.items.map((practice) => (
                <li key={practice.id} className="rt-card">
                  <Heading level={3}>
                    <AppLink href={paths.practice(practice.id)}>{practice.title}</AppLink>
                  </Heading>
                  <Paragraph>
                    {t('practices.byLine', { municipality: practice.municipality.name, date: formatDateTime(practice.publishedAt, language) })}
                  </Paragraph>
                  <ThemeTags themes={practice.themes} />
                  <Paragraph>{practice.whatWeDid.length > 280 ? `${practice.whatWeDid.slice(0, 277)}…` : practice.whatWeDid}</Paragraph>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}
