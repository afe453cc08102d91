// SPDX-License-Identifier: EUPL-1.2
/**
 * /huishoudens/:id: one household's integration record for its municipality's officers (COA while
 * in reception): waits, tracks, levels, the partner offers that fit with the reason, referrals and
 * their uptake. Only the pseudonym identifies the household; every read is logged by the server.
 */
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import { grantCovers } from '../../auth/permissions.ts';
import { HouseholdOffersSection } from '../../offers/components/HouseholdOffersSection.tsx';
import { fetchIntegrationRecord, type IntegrationRecord } from '../api/integration-api.ts';
import { NotReady } from './NotReady.tsx';
import { LevelsForm } from './LevelsForm.tsx';
import { TracksSection } from './TracksSection.tsx';
import './integration.css';

function WaitsList({ record }: { record: IntegrationRecord }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  return (
    <section className="rt-section" aria-labelledby="waits-heading">
      <Heading level={2} id="waits-heading">
        {t('integration.household.waits')}
      </Heading>
      {record.waits.length === 0 ? (
        <Paragraph>{t('integration.household.noWaits')}</Paragraph>
      ) : (
        <dl className="rt-facts" data-testid="household-waits">
          {record.waits.map((wait) => (
            <div key={wait.indicator} className="rt-facts__item">
              <dt>{t(`integration.indicators.${wait.indicator}`)}</dt>
              <dd>
                {wait.ongoing
                  ? t('integration.household.waitOngoing', { days: formatNumber(wait.days, language), from: formatDate(wait.from, language) })
                  : t('integration.household.waitDone', { days: formatNumber(wait.days, language), from: formatDate(wait.from, language), to: formatDate(wait.to ?? wait.from, language) })}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="rt-source__line">{t('integration.household.waitsHow', { date: formatDate(record.asOf, language) })}</p>
    </section>
  );
}

export function HouseholdPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const { person } = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  const [offersReady, setOffersReady] = useState(false);
  const onOffersSettled = useCallback(() => setOffersReady(true), []);
  const record = useAsync(`household:${id}`, (signal) => fetchIntegrationRecord(id, signal));
  const title = record.data ? t('integration.household.title', { pseudonym: record.data.household.pseudonym }) : t('integration.household.titleUnknown');
  useDocumentTitle(title);
  useReadySignal(record.status === 'failed' || (record.status === 'done' && offersReady));

  if (record.status !== 'done') {
    return <NotReady title={title} error={record.error} />;
  }
  const { household, profile, tracks } = record.data;
  const changed = (message: string) => {
    setNotice(message);
    record.reload();
  };
  return (
    <>
      {household.municipalityCode ? (
        <Paragraph className="rt-backlink">
          <AppLink href={paths.integrationMunicipality(household.municipalityCode)}>{t('integration.household.back')}</AppLink>
        </Paragraph>
      ) : null}
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{t('integration.household.intro')}</Paragraph>
      <dl className="rt-facts">
        <div className="rt-facts__item">
          <dt>{t('integration.household.size')}</dt>
          <dd>{formatNumber(household.size, language)}</dd>
        </div>
        <div className="rt-facts__item">
          <dt>{t('integration.household.permitDate')}</dt>
          <dd>{household.permitDate ? formatDate(household.permitDate, language) : t('integration.household.unknown')}</dd>
        </div>
        <div className="rt-facts__item">
          <dt>{t('integration.levels.housedOn')}</dt>
          <dd>{profile.housedOn ? formatDate(profile.housedOn, language) : t('integration.household.notHoused')}</dd>
        </div>
        <div className="rt-facts__item">
          <dt>{t('integration.levels.dutchLevel')}</dt>
          <dd>{profile.dutchLevel ?? t('integration.levels.notAssessed')}</dd>
        </div>
      </dl>
      {notice ? (
        <Alert type="ok" role="status" className="rt-alert" data-testid="household-notice">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <WaitsList record={record.data} />
      <TracksSection householdId={household.id} tracks={tracks} onChanged={changed} />
      <LevelsForm key={JSON.stringify(profile)} householdId={household.id} profile={profile} onSaved={() => changed(t('integration.levels.saved'))} />
      <HouseholdOffersSection
        householdId={household.id}
        pseudonym={household.pseudonym}
        canRefer={person !== null && household.municipalityCode !== null && grantCovers(person, 'municipal_officer', household.municipalityCode)}
        onSettled={onOffersSettled}
      />
    </>
  );
}
