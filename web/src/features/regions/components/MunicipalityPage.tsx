// SPDX-License-Identifier: EUPL-1.2
/**
 * One municipality: its population over time (chart and table), its boundary on a small map, the
 * municipalities it merged with, and its public contact profile (editable by those allowed to).
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { ErrorBoundary } from '../../../components/ErrorBoundary.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SourceLine } from '../../../components/SourceLine.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import { canEditMunicipalityProfile } from '../../auth/permissions.ts';
import { canReadBalances } from '../../taakstelling/permissions.ts';
import { fetchMunicipality, type MunicipalityDetail } from '../api/regions-api.ts';
import { PopulationHistory } from './PopulationHistory.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { Successions } from './Successions.tsx';

const BoundaryMap = lazy(() => import('./BoundaryMap.tsx'));

/** The /gemeenten/GMxxxx page. */
export function MunicipalityPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const detail = useAsync(`municipality:${code}`, (signal) => fetchMunicipality(code, signal));
  const [mapDone, setMapDone] = useState<string | null>(null);
  const [profileDone, setProfileDone] = useState<string | null>(null);
  const onMapDone = useCallback(() => setMapDone(code), [code]);
  const onProfileDone = useCallback(() => setProfileDone(code), [code]);

  useDocumentTitle(detail.data?.name ?? (detail.status === 'failed' ? t('municipality.notFoundTitle') : undefined));
  const boundaryDone = !detail.data?.boundary || mapDone === code;
  useReadySignal(detail.status === 'failed' || (detail.status === 'done' && boundaryDone && profileDone === code));

  if (detail.status === 'loading') {
    return <Loading />;
  }
  if (detail.status === 'failed') {
    return (
      <>
        <Heading level={1}>{t('municipality.notFoundTitle')}</Heading>
        <ProblemAlert error={detail.error} />
        <Paragraph>
          <AppLink href={paths.home}>{t('municipality.backHome')}</AppLink>
        </Paragraph>
      </>
    );
  }
  return <MunicipalityContent municipality={detail.data} onMapDone={onMapDone} onProfileDone={onProfileDone} />;
}

type ContentProps = { municipality: MunicipalityDetail; onMapDone: () => void; onProfileDone: () => void };

function MunicipalityContent({ municipality: m, onMapDone, onProfileDone }: ContentProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const { person } = useSession();
  const latest = [...m.population].sort((a, b) => b.referenceDate.localeCompare(a.referenceDate))[0];
  const latestSource = m.sources.find((source) => source.id === latest?.sourceId);
  const boundarySource = m.sources.find((source) => source.id === m.boundary?.sourceId);
  // What is left (the municipal division lists) is where the mergers come from.
  const divisionSources = m.sources.filter(
    (source) => source.id !== m.boundary?.sourceId && !m.population.some((figure) => figure.sourceId === source.id),
  );

  return (
    <>
      <Paragraph className="rt-backlink">
        <AppLink href={paths.province(m.provinceCode)}>{t('municipality.back', { province: m.provinceName })}</AppLink>
      </Paragraph>
      <Heading level={1}>{m.name}</Heading>
      <Paragraph lead>{t('municipality.intro', { province: m.provinceName, code: m.code })}</Paragraph>
      {canReadBalances(person) ? (
        <Paragraph>
          <AppLink href={paths.municipalityTaakstelling(m.code)}>{t('taakstelling.municipality.link', { name: m.name })}</AppLink>
        </Paragraph>
      ) : null}
      {m.activeUntil ? (
        <Paragraph className="rt-notice">{t('municipality.ended', { date: formatDate(m.activeUntil, language) })}</Paragraph>
      ) : null}
      {latest ? (
        <div className="rt-keyfigure" data-testid="key-figure">
          <p className="rt-keyfigure__value">{formatNumber(latest.population, language)}</p>
          <p className="rt-keyfigure__label">{t('municipality.inhabitantsOn', { date: formatDate(latest.referenceDate, language) })}</p>
          {latestSource ? <SourceLine sources={[latestSource]} /> : null}
        </div>
      ) : null}

      <div className="rt-columns">
        <section className="rt-section" aria-labelledby="population-heading">
          <Heading level={2} id="population-heading">
            {t('municipality.populationHeading')}
          </Heading>
          {m.population.length > 0 ? (
            <PopulationHistory name={m.name} figures={m.population} sources={m.sources} />
          ) : (
            <Paragraph>{t('municipality.noPopulation')}</Paragraph>
          )}
        </section>
        <div>
          <section className="rt-section" aria-labelledby="boundary-heading">
            <Heading level={2} id="boundary-heading">
              {t('municipality.boundaryHeading')}
            </Heading>
            {m.boundary ? (
              <>
                <ErrorBoundary fallback={<Paragraph>{t('map.unavailable')}</Paragraph>} onError={onMapDone}>
                  <Suspense fallback={<Loading label={t('map.loading')} />}>
                    <BoundaryMap
                      feature={m.boundary.feature}
                      label={t('municipality.boundaryLabel', { name: m.name, year: m.boundary.year })}
                      onReady={onMapDone}
                    />
                  </Suspense>
                </ErrorBoundary>
                <Paragraph small>{t('municipality.boundaryYear', { year: m.boundary.year })}</Paragraph>
                {boundarySource ? <SourceLine sources={[boundarySource]} /> : null}
              </>
            ) : (
              <Paragraph>{t('municipality.noBoundary')}</Paragraph>
            )}
          </section>
          <section className="rt-section" aria-labelledby="successions-heading">
            <Heading level={2} id="successions-heading">
              {t('municipality.successions.heading')}
            </Heading>
            <Successions predecessors={m.predecessors} successors={m.successors} />
            <SourceLine sources={divisionSources} />
          </section>
        </div>
      </div>
      <ProfileSection
        code={m.code}
        municipalityName={m.name}
        canEdit={canEditMunicipalityProfile(person, m)}
        onSettled={onProfileDone}
      />
    </>
  );
}
