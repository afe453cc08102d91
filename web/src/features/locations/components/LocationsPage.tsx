// SPDX-License-Identifier: EUPL-1.2
/**
 * The register (/locaties): every location in the caller's scope on a map coloured by status and
 * in a table (the map's text alternative), filtered by status, kind and municipality.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { ErrorBoundary } from '../../../components/ErrorBoundary.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { queryString } from '../../../lib/api-client.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { defaultProvinceCode, paths } from '../../../lib/paths.ts';
import { useRouter } from '../../../lib/router.tsx';
import { useAsync } from '../../../lib/use-async.ts';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import { fetchMunicipalities, fetchMunicipalityMap } from '../../regions/api/regions-api.ts';
import { fetchLocationMap, fetchLocations, type LocationListQuery } from '../api/locations-api.ts';
import { canRegisterLocations, homeProvinceOf } from '../permissions.ts';
import { LocationFilters } from './LocationFilters.tsx';
import { LocationTable } from './LocationTable.tsx';
import { StatusLegend } from './StatusLegend.tsx';

const LocationsMap = lazy(() => import('./LocationsMap.tsx'));

/** The /locaties page. */
export function LocationsPage() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const { person } = useSession();
  const province = homeProvinceOf(person, defaultProvinceCode);
  const [query, setQuery] = useState<LocationListQuery>({});
  const key = queryString(query);
  const list = useAsync(`locations:${key}`, (signal) => fetchLocations(query, signal));
  const points = useAsync(`locations-map:${key}`, (signal) => fetchLocationMap(query, signal));
  const municipalities = useAsync(`municipalities:${province}`, (signal) => fetchMunicipalities(province, signal));
  const outlines = useAsync(`outlines:${province}`, (signal) => fetchMunicipalityMap(province, signal).catch(() => null));
  const [mapReadyFor, setMapReadyFor] = useState<string | null>(null);
  const title = t('locations.list.title');
  useDocumentTitle(title);

  const settled = [list, points, municipalities, outlines].every((state) => state.status !== 'loading');
  const mapDone = points.status === 'failed' || mapReadyFor === key;
  useReadySignal(settled && mapDone);
  const onMapReady = useCallback(() => setMapReadyFor(key), [key]);
  const open = useCallback((id: string) => navigate(paths.location(id)), [navigate]);

  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{t('locations.list.intro')}</Paragraph>
      <Paragraph>
        {canRegisterLocations(person) ? <AppLink href={paths.newLocation}>{t('locations.list.new')}</AppLink> : null}
        {canRegisterLocations(person) ? ' · ' : null}
        <AppLink href={paths.locationProgress}>{t('locations.list.progress')}</AppLink>
      </Paragraph>
      <LocationFilters initial={query} municipalities={municipalities.data?.items ?? []} onApply={setQuery} />
      {list.status === 'failed' ? <ProblemAlert error={list.error} /> : null}
      <div className="rt-overview">
        <section className="rt-overview__map" aria-labelledby="locations-map-heading">
          <Heading level={2} id="locations-map-heading">
            {t('locations.map.heading')}
          </Heading>
          {points.data && outlines.status !== 'loading' ? (
            <ErrorBoundary fallback={<Paragraph>{t('map.unavailable')}</Paragraph>} onError={onMapReady}>
              <Suspense fallback={<Loading label={t('map.loading')} />}>
                <LocationsMap
                  key={key}
                  locations={points.data}
                  municipalities={outlines.data ?? null}
                  label={t('locations.map.label', { count: points.data.features.length })}
                  onOpen={open}
                  onReady={onMapReady}
                />
              </Suspense>
            </ErrorBoundary>
          ) : (
            <Loading label={t('map.loading')} />
          )}
          <StatusLegend />
          <Paragraph className="rt-map__hint">{t('locations.map.alternative')}</Paragraph>
        </section>
        <section className="rt-overview__table" aria-labelledby="locations-table-heading">
          <Heading level={2} id="locations-table-heading">
            {t('locations.table.heading')}
          </Heading>
          {list.status === 'loading' ? <Loading /> : null}
          {list.data ? <LocationTable items={list.data.items} /> : null}
        </section>
      </div>
    </>
  );
}
