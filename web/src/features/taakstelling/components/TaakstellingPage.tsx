// SPDX-License-Identifier: EUPL-1.2
/**
 * The province's taakstelling dashboard for one period: a map of the percentage realised, the
 * ranked table with the computation of every number, the province over the periods, and the
 * exports. A period without a distribution says why instead of showing numbers.
 */
import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { ErrorBoundary } from '../../../components/ErrorBoundary.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SourceLine } from '../../../components/SourceLine.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useRouter } from '../../../lib/router.tsx';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchMunicipalityMap } from '../../regions/api/regions-api.ts';
import { MapLegend } from '../../regions/components/MapLegend.tsx';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import { exportLinks, fetchNationalTasks, fetchPeriodBalances, fetchSupervisionOverview, type LadderStep, type NationalTask, type NationalTaskList } from '../api/taakstelling-api.ts';
import { canEnterNationalTasks, canManageReceptionTargets } from '../permissions.ts';
import { defaultPeriod, formatPercentage, percentageBreaks } from '../taakstelling-format.ts';
import { BalanceTable } from './BalanceTable.tsx';
import { NationalTaskForms } from './NationalTaskForms.tsx';
import { PeriodHeader } from './PeriodHeader.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { ProvinceTrend } from './ProvinceTrend.tsx';
import { ReceptionProgress } from './ReceptionProgress.tsx';
import './taakstelling.css';

const TaakstellingMap = lazy(() => import('./TaakstellingMap.tsx'));

/** Today in the Netherlands as YYYY-MM-DD (the default period must not depend on the viewer's zone). */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** The /provincies/PVxx/taakstelling?periode=2024-I page. */
export function TaakstellingPage({ provinceCode, period }: { provinceCode: string; period: string | null }) {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const national = useAsync('national-tasks', (signal) => fetchNationalTasks(signal));
  // While the list reloads after a save, the dashboard stays (with its status messages).
  const [lastList, setLastList] = useState<NationalTaskList | undefined>(undefined);
  useEffect(() => {
    if (national.data) {
      setLastList(national.data);
    }
  }, [national.data]);
  const list = national.data ?? lastList;
  const periods = useMemo(() => list?.items.map((item) => item.period) ?? [], [list]);
  const chosen = period ?? defaultPeriod(periods, today());
  useDocumentTitle(t('taakstelling.title', { period: chosen ?? '' }));

  if (national.status === 'failed') {
    return <ProblemAlert error={national.error} />;
  }
  if (!list || !chosen) {
    return list ? <Paragraph>{t('taakstelling.noPeriods')}</Paragraph> : <Loading />;
  }
  return (
    <Dashboard
      key={`${provinceCode}:${chosen}`}
      provinceCode={provinceCode}
      period={chosen}
      periods={periods}
      national={list.items.find((item) => item.period === chosen)}
      onChoose={(next) => navigate(paths.taakstelling(provinceCode, next))}
      onNationalSaved={(saved) => {
        national.reload();
        if (saved !== chosen) {
          navigate(paths.taakstelling(provinceCode, saved));
        }
      }}
    />
  );
}

type DashboardProps = {
  provinceCode: string;
  period: string;
  periods: string[];
  national: NationalTask | undefined;
  onChoose: (period: string) => void;
  onNationalSaved: (period: string) => void;
};

function Dashboard({ provinceCode, period, periods, national, onChoose, onNationalSaved }: DashboardProps) {
  const { t, i18n } = useTranslation();
  const { person } = useSession();
  const language = asUiLanguage(i18n.language);
  const { navigate } = useRouter();
  const balances = useAsync(`balances:${provinceCode}:${period}`, (signal) => fetchPeriodBalances(period, provinceCode, signal));
  const supervision = useAsync(`supervision:${provinceCode}`, (signal) => fetchSupervisionOverview(provinceCode, signal));
  const map = useAsync(`map:${provinceCode}`, (signal) => fetchMunicipalityMap(provinceCode, signal));
  const [mapDone, setMapDone] = useState(false);
  const [trendDone, setTrendDone] = useState(false);
  const [receptionDone, setReceptionDone] = useState(false);
  const onReceptionDone = useCallback(() => setReceptionDone(true), []);
  const onMapDone = useCallback(() => setMapDone(true), []);
  const onTrendDone = useCallback(() => setTrendDone(true), []);

  const rows = balances.data?.rows ?? [];
  const percentages = useMemo(() => new Map(rows.map((row) => [row.code, row.percentage])), [rows]);
  const steps = useMemo(
    () => new Map<string, LadderStep>((supervision.data?.items ?? []).map((item) => [item.code, item.step])),
    [supervision.data],
  );
  // Without a distribution there are no tasks to compare with: the header says why instead.
  const hasRows = rows.length > 0 && (balances.data?.status === 'computed' || balances.data?.status === 'partial');
  const mapSettled = map.status === 'failed' || !hasRows || mapDone;
  const settled = (state: { status: string }) => state.status !== 'loading';
  useReadySignal(settled(balances) && settled(supervision) && settled(map) && mapSettled && trendDone && receptionDone);

  const provinceName = balances.data?.province?.name ?? provinceCode;
  const links = exportLinks(period, provinceCode, language);
  return (
    <>
      <Paragraph className="rt-backlink">
        <AppLink href={paths.province(provinceCode)}>{t('taakstelling.back', { province: provinceName })}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('taakstelling.heading', { province: provinceName, period })}</Heading>
      <Paragraph lead>{t('taakstelling.intro')}</Paragraph>
      <PeriodPicker periods={periods} current={period} onChoose={onChoose} />
      {balances.status === 'loading' ? <Loading /> : null}
      {balances.status === 'failed' ? <ProblemAlert error={balances.error} /> : null}
      {balances.data ? <PeriodHeader balances={balances.data} /> : null}
      {balances.data && hasRows ? (
        <>
          <p className="rt-actions" data-testid="export-links">
            <Link href={links.csv} download>
              {t('taakstelling.export.csv')}
            </Link>
            <Link href={links.xlsx} download>
              {t('taakstelling.export.xlsx')}
            </Link>
            <AppLink href={paths.taakstellingReport(provinceCode, period)}>{t('taakstelling.export.report')}</AppLink>
          </p>
          <section className="rt-section" aria-labelledby="tk-map-heading">
            <Heading level={2} id="tk-map-heading">
              {t('taakstelling.map.heading')}
            </Heading>
            <Paragraph>{t('taakstelling.map.intro')}</Paragraph>
            {map.status === 'failed' ? <ProblemAlert error={map.error} /> : null}
            {map.data ? (
              <ErrorBoundary fallback={<Paragraph>{t('map.unavailable')}</Paragraph>} onError={onMapDone}>
                <Suspense fallback={<Loading label={t('map.loading')} />}>
                  <TaakstellingMap
                    collection={map.data}
                    percentages={percentages}
                    label={t('taakstelling.map.label', { province: provinceName, period })}
                    onOpen={(code) => navigate(paths.municipalityTaakstelling(code))}
                    onReady={onMapDone}
                  />
                </Suspense>
              </ErrorBoundary>
            ) : null}
            <MapLegend
              breaks={percentageBreaks}
              hasMissing={rows.some((row) => row.percentage === null)}
              title={t('taakstelling.map.legend')}
              formatValue={(value) => formatPercentage(value, language)}
            />
            {map.data ? <SourceLine sources={[...map.data.sources, ...balances.data.sources]} /> : null}
          </section>
          <section className="rt-section" aria-labelledby="tk-table-heading">
            <Heading level={2} id="tk-table-heading">
              {t('taakstelling.table.heading')}
            </Heading>
            <Paragraph>{t('taakstelling.table.intro')}</Paragraph>
            {supervision.status === 'failed' ? <ProblemAlert error={supervision.error} /> : null}
            <BalanceTable balances={balances.data} steps={steps} />
            <Paragraph small>
              {t('taakstelling.totals', {
                task: formatNumber(balances.data.totals.task ?? 0, language),
                realised: formatNumber(balances.data.totals.realised, language),
              })}{' '}
              <code>{balances.data.totals.how}</code>
            </Paragraph>
            <details className="rt-method">
              <summary>{t('taakstelling.method')}</summary>
              <p>{balances.data.method}</p>
            </details>
          </section>
        </>
      ) : null}
      <section className="rt-section" aria-labelledby="tk-trend-heading">
        <Heading level={2} id="tk-trend-heading">
          {t('taakstelling.chart.heading')}
        </Heading>
        <ProvinceTrend provinceCode={provinceCode} provinceName={provinceName} periods={periods} onSettled={onTrendDone} />
      </section>
      <section className="rt-section" aria-labelledby="tk-reception-heading">
        <Heading level={2} id="tk-reception-heading">
          {t('taakstelling.reception.heading')}
        </Heading>
        <ReceptionProgress
          provinceCode={provinceCode}
          provinceName={provinceName}
          canEnter={canManageReceptionTargets(person, provinceCode)}
          onSettled={onReceptionDone}
        />
      </section>
      {canEnterNationalTasks(person) ? (
        <section className="rt-section" aria-labelledby="tk-national-heading">
          <Heading level={2} id="tk-national-heading">
            {t('taakstelling.nationalForms.heading')}
          </Heading>
          <NationalTaskForms
            period={period}
            national={national}
            onSaved={(saved) => {
              balances.reload();
              onNationalSaved(saved);
            }}
          />
        </section>
      ) : null}
    </>
  );
}
