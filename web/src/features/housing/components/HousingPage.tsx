// SPDX-License-Identifier: EUPL-1.2
/**
 * Housing for a province (/provincies/PVxx/woningbouw) or a municipality
 * (/gemeenten/GMxxxx/woningbouw): the forecast of the taakstelling, homes per half year by group
 * and rent band, the pipeline board, the vacant buildings, and forms to add a building, turn it
 * into a project and delay a phase (for those who may edit); exports; and on a province's page,
 * brokering between its municipalities (for province coordinators).
 */
import { Alert, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import type { FeatureCollection } from 'geojson';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../../components/ErrorBoundary.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import { fetchMunicipalityMap } from '../../regions/api/regions-api.ts';
import { exportLinks, fetchBuildings, fetchForecast, fetchHousingMap, fetchProjects, type HousingScope } from '../api/housing-api.ts';
import { BuildingForm } from './BuildingForm.tsx';
import { BrokeringSection } from './BrokeringSection.tsx';
import { BuildingsTable } from './BuildingsTable.tsx';
import { ConvertForm } from './ConvertForm.tsx';
import { DelayForm } from './DelayForm.tsx';
import { ForecastSection } from './ForecastSection.tsx';
import { HomesSection } from './HomesSection.tsx';
import { PipelineBoard } from './PipelineBoard.tsx';
import './housing.css';

const HousingMap = lazy(() => import('./HousingMap.tsx'));

const editorRoles = new Set(['province_coordinator', 'municipal_officer']);

export function HousingPage({ provinceCode, municipalityCode }: { provinceCode?: string; municipalityCode?: string }) {
  const { t } = useTranslation();
  const { person } = useSession();
  const scope: HousingScope = municipalityCode ? { municipality: municipalityCode } : { province: provinceCode ?? 'PV26' };
  const key = `${scope.municipality ?? scope.province}:${person?.id ?? 'anonymous'}`;
  const forecast = useAsync(`forecast:${key}`, (signal) => fetchForecast(scope, signal));
  const projects = useAsync(`projects:${key}`, (signal) => fetchProjects(scope, signal));
  const buildings = useAsync(`buildings:${key}`, (signal) => fetchBuildings(scope, signal));
  const area = forecast.data?.rows.length === 1 && municipalityCode ? (forecast.data.rows[0]?.name ?? municipalityCode) : (forecast.data?.province?.name ?? scope.municipality ?? scope.province ?? '');
  const title = t('housing.title', { area });
  useDocumentTitle(title);
  const areaProvince = provinceCode ?? forecast.data?.rows[0]?.provinceCode ?? '';
  const points = useAsync(`points:${key}`, (signal) => fetchHousingMap(scope, signal));
  const areas = useAsync(`areas:${areaProvince}`, (signal) => (areaProvince ? fetchMunicipalityMap(areaProvince, signal) : Promise.resolve(null)));
  const [mapReadyFor, setMapReadyFor] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const mapKey = `${areaProvince}:${points.data?.features.length ?? 0}`;
  const onMapReady = useCallback(() => setMapReadyFor(mapKey), [mapKey]);
  const mapShown = Boolean(areas.data && points.data);
  const canEdit = person?.roles.some((grant) => editorRoles.has(grant.role)) ?? false;
  const canBroker = Boolean(provinceCode) && (person?.roles.some((grant) => grant.role === 'province_coordinator') ?? false);
  const [brokeringSettled, setBrokeringSettled] = useState(false);
  const settled = [forecast, projects, buildings, points, areas].every((s) => s.status !== 'loading') && (!canBroker || brokeringSettled);
  useReadySignal(settled && (!mapShown || mapReadyFor === mapKey));
  const links = exportLinks(scope);
  const reload = () => {
    forecast.reload();
    projects.reload();
    buildings.reload();
    points.reload();
  };
  if (!person) {
    return (
      <>
        <Heading level={1}>{title}</Heading>
        <Paragraph>{t('housing.noAccess')}</Paragraph>
      </>
    );
  }
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{t('housing.intro')}</Paragraph>
      {forecast.status === 'loading' ? <Loading /> : null}
      {forecast.status === 'failed' ? <ProblemAlert error={forecast.error} /> : null}
      {forecast.data ? <ForecastSection forecast={forecast.data} /> : null}
      <p className="rt-housing-exports" data-testid="housing-exports">
        {(['forecastCsv', 'forecastXlsx', 'projectsCsv', 'buildingsCsv'] as const).map((key) => (
          <Link key={key} href={links[key]} download>
            {t(`housing.exports.${key}`)}
          </Link>
        ))}
      </p>
      {canBroker && provinceCode ? <BrokeringSection provinceCode={provinceCode} onRecorded={forecast.reload} onSettled={setBrokeringSettled} /> : null}
      {projects.status === 'failed' ? <ProblemAlert error={projects.error} /> : null}
      {projects.data ? <HomesSection projects={projects.data.items} /> : null}
      {projects.data ? <PipelineBoard projects={projects.data.items} /> : null}
      {canEdit && projects.data && projects.data.items.length > 0 ? <DelayForm projects={projects.data.items} onSaved={reload} /> : null}
      <section className="rt-section" aria-labelledby="buildings-heading">
        <Heading level={2} id="buildings-heading">
          {t('housing.buildings.heading')}
        </Heading>
        {buildings.status === 'failed' ? <ProblemAlert error={buildings.error} /> : null}
        {areas.data && points.data ? (
          <ErrorBoundary fallback={<Paragraph>{t('map.unavailable')}</Paragraph>} onError={onMapReady}>
            <Suspense fallback={<Loading label={t('map.loading')} />}>
              <HousingMap key={mapKey} areas={areas.data as unknown as FeatureCollection} points={points.data as unknown as FeatureCollection} label={t('housing.map', { count: points.data.features.length })} onReady={onMapReady} />
            </Suspense>
          </ErrorBoundary>
        ) : null}
        {buildings.data ? <BuildingsTable buildings={buildings.data.items} /> : null}
        {canEdit ? <BuildingForm onSaved={reload} /> : null}
        {notice ? (
          <Alert type="ok" role="status">
            <Paragraph data-testid="housing-notice">{notice}</Paragraph>
          </Alert>
        ) : null}
        {canEdit && buildings.data && buildings.data.items.length > 0 ? (
          <ConvertForm
            key={buildings.data.items.length}
            buildings={buildings.data.items}
            onSaved={(message) => {
              setNotice(message);
              reload();
            }}
          />
        ) : null}
      </section>
    </>
  );
}
