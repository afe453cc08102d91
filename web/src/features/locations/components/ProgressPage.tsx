// SPDX-License-Identifier: EUPL-1.2
/**
 * /locaties/voortgang: places realised against the reception targets. The targets of the province
 * (with their realised places, entered and from the register, from the taakstelling module) in a
 * table; for a chosen safety region, province or municipality the places of its opened locations
 * over time, as a chart and the same figures as a table, with each date's share of the area's
 * targets (progress.ts).
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { BarChart } from '../../../components/BarChart.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { SortableTable } from '../../../components/SortableTable.tsx';
import { SourceLine } from '../../../components/SourceLine.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { defaultProvinceCode, paths } from '../../../lib/paths.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import { fetchMunicipalities } from '../../regions/api/regions-api.ts';
import { fetchProgress, fetchReceptionTargets, type Progress, type ReceptionTargets } from '../api/locations-api.ts';
import { homeProvinceOf } from '../permissions.ts';
import { againstTarget, areaOptions, targetsOfScope, type ProgressPoint } from '../progress.ts';

type Scope = { scope: 'province' | 'municipality' | 'safety_region'; code: string; from: string; to: string; interval: 'month' | 'quarter' };
type Target = ReceptionTargets['targets'][number];

/** The progress page. */
export function ProgressPage() {
  const { t } = useTranslation();
  const { person } = useSession();
  const province = homeProvinceOf(person, defaultProvinceCode);
  const targets = useAsync(`reception-targets:${province}`, (signal) => fetchReceptionTargets(province, signal));
  const [scope, setScope] = useState<Scope>({ scope: 'province', code: province, from: '2015-07-01', to: new Date().toISOString().slice(0, 10), interval: 'quarter' });
  const series = useAsync(`progress:${JSON.stringify(scope)}`, (signal) => fetchProgress(scope, signal));
  const municipalities = useAsync(`municipalities:${province}`, (signal) => fetchMunicipalities(province, signal));
  const title = t('locations.progress.title');
  useDocumentTitle(title);
  useReadySignal(targets.status !== 'loading' && series.status !== 'loading' && municipalities.status !== 'loading');
  const scopes = areaOptions(targets.data?.province ?? { code: province, name: province }, targets.data?.targets ?? [], municipalities.data?.items ?? []);
  const scopeTargets = targetsOfScope(targets.data?.targets ?? [], scope);
  return (
    <>
      <Paragraph className="rt-backlink">
        <AppLink href={paths.locations}>{t('locations.back')}</AppLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{t('locations.progress.intro')}</Paragraph>
      <section className="rt-section" aria-labelledby="targets-heading">
        <Heading level={2} id="targets-heading">
          {t('locations.progress.targetsHeading')}
        </Heading>
        {targets.status === 'loading' ? <Loading /> : null}
        {targets.status === 'failed' ? <ProblemAlert error={targets.error} /> : null}
        {targets.data ? <TargetTable targets={targets.data} /> : null}
      </section>
      <section className="rt-section" aria-labelledby="series-heading">
        <Heading level={2} id="series-heading">
          {t('locations.progress.seriesHeading')}
        </Heading>
        <ScopeForm initial={scope} scopes={scopes} onApply={setScope} />
        {series.status === 'loading' ? <Loading /> : null}
        {series.status === 'failed' ? <ProblemAlert error={series.error} /> : null}
        {series.data ? <SeriesView progress={series.data} targets={scopeTargets} /> : null}
      </section>
    </>
  );
}

function TargetTable({ targets }: { targets: ReceptionTargets }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const caption = t('locations.progress.targetsCaption', { province: targets.province.name, date: formatDate(targets.asOf, language) });
  return (
    <SortableTable<Target>
      testId="targets-table"
      caption={caption}
      label={caption}
      sortedMessage={sortedMessage}
      rows={targets.targets}
      rowKey={(target) => `${target.scopeKind}:${target.scopeCode}:${target.kind}:${target.periodLabel}`}
      columns={[
        { key: 'scope', header: t('locations.progress.scope'), rowHeader: true, sortValue: (r) => r.scopeName, cell: (r) => r.scopeName },
        { key: 'kind', header: t('locations.fields.kind'), sortValue: (r) => r.kind, cell: (r) => t(`locations.targetKind.${r.kind}`) },
        { key: 'places', header: t('locations.progress.target'), numeric: true, sortValue: (r) => r.places, cell: (r) => `${r.approximate ? '± ' : ''}${formatNumber(r.places, language)}` },
        { key: 'realised', header: t('locations.progress.realised'), numeric: true, sortValue: (r) => r.realised, cell: (r) => formatNumber(r.realised, language) },
        { key: 'percentage', header: '%', numeric: true, sortValue: (r) => r.percentage, cell: (r) => (r.percentage === null ? '–' : formatNumber(r.percentage, language)) },
        {
          key: 'register',
          header: t('locations.progress.register'),
          numeric: true,
          sortValue: (r) => r.register?.places ?? null,
          cell: (r) => (r.register ? `${formatNumber(r.register.places, language)}${r.register.percentage === null ? '' : ` (${formatNumber(r.register.percentage, language)}%)`}` : '–'),
        },
        { key: 'how', header: t('locations.progress.how'), cell: (r) => [r.how, r.register?.how].filter(Boolean).join('; ') },
      ]}
      footer={<SourceLine sources={targets.sources} />}
    />
  );
}

function ScopeForm({ initial, scopes, onApply }: { initial: Scope; scopes: { value: string; label: string }[]; onApply: (scope: Scope) => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(`${initial.scope}:${initial.code}`);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [interval, setInterval] = useState<Scope['interval']>(initial.interval);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [kind, code] = chosen.split(':') as [Scope['scope'], string];
    onApply({ scope: kind, code, from, to, interval });
  };
  return (
    <form className="rt-filter" onSubmit={submit} aria-label={t('locations.progress.formLabel')}>
      <div className="rt-filter__fields">
        <SelectField id="progress-scope" name="scope" label={t('locations.progress.scope')} value={chosen} onChange={setChosen} options={scopes} />
        <TextField id="progress-from" name="from" label={t('locations.progress.from')} value={from} onChange={setFrom} />
        <TextField id="progress-to" name="to" label={t('locations.progress.to')} value={to} onChange={setTo} />
        <SelectField
          id="progress-interval"
          name="interval"
          label={t('locations.progress.interval')}
          value={interval}
          onChange={(value) => setInterval(value === 'month' ? 'month' : 'quarter')}
          options={[
            { value: 'quarter', label: t('locations.progress.quarter') },
            { value: 'month', label: t('locations.progress.month') },
          ]}
        />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          {t('locations.progress.apply')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function SeriesView({ progress, targets }: { progress: Progress; targets: Target[] }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const points = progress.series;
  const caption = t('locations.progress.seriesCaption', { name: progress.scope.name });
  return (
    <div className="rt-history">
      <figure className="rt-figure">
        <BarChart
          title={caption}
          description={points.map((p) => `${formatDate(p.date, language)}: ${formatNumber(p.places, language)}`).join('; ')}
          points={points.map((p) => ({ label: formatDate(p.date, language), value: p.places, valueText: formatNumber(p.places, language) }))}
          formatTick={(value) => formatNumber(value, language)}
        />
        <figcaption className="rt-figure__caption">{t('locations.progress.definition', { definition: progress.definition })}</figcaption>
      </figure>
      <SortableTable
        testId="progress-table"
        caption={caption}
        label={caption}
        sortedMessage={sortedMessage}
        rows={points}
        rowKey={(p) => p.date}
        columns={[
          { key: 'date', header: t('locations.progress.date'), rowHeader: true, sortValue: (p) => p.date, cell: (p) => formatDate(p.date, language) },
          { key: 'places', header: t('locations.progress.places'), numeric: true, sortValue: (p) => p.places, cell: (p) => formatNumber(p.places, language) },
          { key: 'emergency', header: t('locations.kind.emergency'), numeric: true, cell: (p) => formatNumber(p.emergencyPlaces, language) },
          { key: 'structural', header: t('locations.kind.structural'), numeric: true, cell: (p) => formatNumber(p.structuralPlaces, language) },
          { key: 'locations', header: t('locations.progress.locations'), numeric: true, cell: (p) => formatNumber(p.locations, language) },
          { key: 'occupied', header: t('locations.progress.occupied'), numeric: true, cell: (p) => formatNumber(p.occupied, language) },
          ...targets.map((target) => ({
            key: `target-${target.kind}-${target.periodLabel}`,
            header: t('locations.progress.againstTarget', { kind: t(`locations.targetKind.${target.kind}`).toLowerCase(), places: formatNumber(target.places, language), period: target.periodLabel }),
            numeric: true,
            cell: (p: ProgressPoint) => {
              const { percentage } = againstTarget(p, target);
              return percentage === null ? '–' : `${formatNumber(percentage, language)}%`;
            },
          })),
        ]}
      />
      {targets.length === 0 ? <Paragraph className="rt-muted">{t('locations.progress.noTarget')}</Paragraph> : null}
    </div>
  );
}
