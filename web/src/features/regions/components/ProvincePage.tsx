// SPDX-License-Identifier: EUPL-1.2
/**
 * Province overview: how many people live in each municipality, as a map beside a sortable table
 * (the map stacks above the table on a phone). Both open the municipality page.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../../components/ErrorBoundary.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SourceLine } from '../../../components/SourceLine.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useRouter } from '../../../lib/router.tsx';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchMunicipalities, fetchMunicipalityMap, fetchProvinces } from '../api/regions-api.ts';
import { MunicipalityTable } from './MunicipalityTable.tsx';
import { ProvincePicker } from './ProvincePicker.tsx';

const ProvinceMap = lazy(() => import('./ProvinceMap.tsx'));

/** The / and /provincies/PVxx page. */
export function ProvincePage({ provinceCode }: { provinceCode: string }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const { navigate } = useRouter();
  const provinces = useAsync('provinces', (signal) => fetchProvinces(signal));
  const list = useAsync(`list:${provinceCode}`, (signal) => fetchMunicipalities(provinceCode, signal));
  const map = useAsync(`map:${provinceCode}`, (signal) => fetchMunicipalityMap(provinceCode, signal));
  const [mapReadyFor, setMapReadyFor] = useState<string | null>(null);

  const province = provinces.data?.items.find((item) => item.code === provinceCode);
  const provinceName = province?.name ?? list.data?.items[0]?.provinceName ?? provinceCode;
  const title = t('province.title', { province: provinceName });
  useDocumentTitle(title);

  const settled = (state: { status: string }) => state.status !== 'loading';
  const mapSettled = map.status === 'failed' || mapReadyFor === provinceCode;
  useReadySignal(settled(provinces) && settled(list) && settled(map) && mapSettled);

  const openMunicipality = useCallback((code: string) => navigate(paths.municipality(code)), [navigate]);
  const onMapReady = useCallback(() => setMapReadyFor(provinceCode), [provinceCode]);
  const provinceSource = provinces.data?.sources.find((source) => source.id === province?.populationSourceId);

  return (
    <>
      <Heading level={1}>{title}</Heading>
      {province && province.population !== null ? (
        <div className="rt-intro">
          <Paragraph lead>
            {t('province.intro', {
              count: province.municipalityCount,
              population: formatNumber(province.population, language),
              date: province.populationReferenceDate ? formatDate(province.populationReferenceDate, language) : '',
            })}
          </Paragraph>
          {provinceSource ? <SourceLine sources={[provinceSource]} /> : null}
        </div>
      ) : null}
      {list.status === 'failed' ? <ProblemAlert error={list.error} /> : null}
      <div className="rt-overview">
        <section className="rt-overview__map" aria-labelledby="map-heading">
          <Heading level={2} id="map-heading">
            {t('province.mapHeading')}
          </Heading>
          {map.status === 'loading' ? <Loading label={t('map.loading')} /> : null}
          {map.status === 'failed' ? <ProblemAlert error={map.error} /> : null}
          {map.data ? (
            <>
              <ErrorBoundary fallback={<Paragraph>{t('map.unavailable')}</Paragraph>} onError={onMapReady}>
                <Suspense fallback={<Loading label={t('map.loading')} />}>
                  <ProvinceMap
                    key={`${provinceCode}:${language}`}
                    collection={map.data}
                    provinceName={provinceName}
                    onOpen={openMunicipality}
                    onReady={onMapReady}
                  />
                </Suspense>
              </ErrorBoundary>
              <SourceLine sources={map.data.sources} />
            </>
          ) : null}
        </section>
        <section className="rt-overview__table" aria-labelledby="table-heading">
          <Heading level={2} id="table-heading">
            {t('province.tableHeading')}
          </Heading>
          {list.status === 'loading' ? <Loading /> : null}
          {list.data ? <MunicipalityTable provinceName={provinceName} items={list.data.items} sources={list.data.sources} /> : null}
        </section>
      </div>
      {provinces.data && provinces.data.items.length > 1 ? (
        <section className="rt-section" aria-labelledby="other-province-heading">
          <Heading level={2} id="other-province-heading">
            {t('province.picker.heading')}
          </Heading>
          <ProvincePicker provinces={provinces.data.items} current={provinceCode} />
        </section>
      ) : null}
    </>
  );
}
