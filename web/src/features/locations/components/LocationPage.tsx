// SPDX-License-Identifier: EUPL-1.2
/**
 * One location (/locaties/:id): its details, costs with their formula, decision, lifecycle steps,
 * occupancy over time, and the forms to change it, record the next step or a count; each form
 * only for those the policy allows (permissions.ts).
 */
import { DataList, DataListItem, DataListKey, DataListValue, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SourceLine } from '../../../components/SourceLine.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDate, formatNumber, localeOf } from '../../../lib/format.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import { PublicPagePanel } from '../../participation/components/PublicPagePanel.tsx';
import { answersReactions, handlesReactions } from '../../participation/permissions.ts';
import { fetchLocation, type LocationDetail } from '../api/locations-api.ts';
import { canEditLocation, canRecordOccupancy } from '../permissions.ts';
import { acceptsOccupancy } from '../status.ts';
import { LocationEditor } from './LocationEditor.tsx';
import { LocationTimeline } from './LocationTimeline.tsx';
import { OccupancyForm } from './OccupancyForm.tsx';
import { OccupancyHistory } from './OccupancyHistory.tsx';
import { StepForm } from './StepForm.tsx';

/** Today in the browser's calendar, the default date of a step or count. */
const today = () => new Date().toISOString().slice(0, 10);

/** The location page. */
export function LocationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const loaded = useAsync(`location:${id}`, (signal) => fetchLocation(id, signal));
  const [saved, setSaved] = useState<LocationDetail | null>(null);
  const detail = saved?.location.id === id ? saved : loaded.data;
  useDocumentTitle(detail?.location.name ?? (loaded.status === 'failed' ? t('locations.page.notFound') : undefined));
  useReadySignal(loaded.status !== 'loading');
  if (loaded.status === 'loading') {
    return <Loading />;
  }
  if (!detail) {
    return (
      <>
        <Heading level={1}>{t('locations.page.notFound')}</Heading>
        <ProblemAlert error={loaded.error} />
        <Paragraph>
          <AppLink href={paths.locations}>{t('locations.back')}</AppLink>
        </Paragraph>
      </>
    );
  }
  return (
    <LocationContent
      detail={detail}
      onChanged={(next) => setSaved(next)}
      onCounted={() => {
        setSaved(null);
        loaded.reload();
      }}
    />
  );
}

type ContentProps = { detail: LocationDetail; onChanged: (detail: LocationDetail) => void; onCounted: () => void };

function LocationContent({ detail, onChanged, onCounted }: ContentProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const { person } = useSession();
  const { location: l } = detail;
  const place = { id: l.id, municipalityCode: l.municipality.code, provinceCode: l.municipality.provinceCode };
  const editable = canEditLocation(person, place);
  const euro = (value: number | null) => (value === null ? t('locations.page.unknown') : `€ ${formatNumber(value, language)}`);
  const optional = (value: string | null) => value ?? t('locations.page.unknown');
  // Five decimals are about a metre; formatNumber would round to whole degrees.
  const degrees = (value: number) => value.toLocaleString(localeOf(language), { maximumFractionDigits: 5 });
  const date = (value: string | null) => (value ? formatDate(value, language) : t('locations.page.unknown'));
  const item = (key: string, value: string, testId?: string) => (
    <DataListItem key={key}>
      <DataListKey>{t(`locations.fields.${key}`)}</DataListKey>
      <DataListValue data-testid={testId}>{value}</DataListValue>
    </DataListItem>
  );

  return (
    <>
      <Paragraph className="rt-backlink">
        <AppLink href={paths.locations}>{t('locations.back')}</AppLink>
      </Paragraph>
      <Heading level={1}>{l.name}</Heading>
      <Paragraph lead data-testid="location-status">
        {t('locations.page.statusLine', { status: t(`locations.status.${l.status}`), date: formatDate(l.statusSince, language), municipality: l.municipality.name })}
      </Paragraph>
      {detail.flags.length > 0 ? (
        <Paragraph className="rt-notice" data-testid="location-flags">
          {detail.flags.map((flag) => t(`locations.flags.${flag}`, { defaultValue: flag })).join(' ')}
        </Paragraph>
      ) : null}
      <div className="rt-columns">
        <section className="rt-section" aria-labelledby="details-heading">
          <Heading level={2} id="details-heading">
            {t('locations.page.details')}
          </Heading>
          <DataList className="rt-datalist">
            {item('municipality', `${l.municipality.name} (${l.municipality.code}), ${l.municipality.provinceName}`)}
            {detail.safetyRegion ? item('safetyRegion', detail.safetyRegion.name) : null}
            {item('address', optional(l.address))}
            {item('coordinates', `${degrees(l.latitude)}, ${degrees(l.longitude)} (${t(`locations.placement.${l.placement.method}`)})`)}
            {item('kind', t(`locations.kind.${l.kind}`))}
            {item('buildingType', t(`locations.building.${l.buildingType}`))}
            {item('capacity', formatNumber(l.capacity, language), 'location-capacity')}
            {item('plannedPeriod', `${date(l.plannedFrom)} – ${date(l.plannedUntil)}`)}
            {item('owner', optional(l.owner))}
            {item('operator', optional(l.operator))}
          </DataList>
          <SourceLine sources={detail.sources} />
        </section>
        <section className="rt-section" aria-labelledby="costs-heading">
          <Heading level={2} id="costs-heading">
            {t('locations.page.costs')}
          </Heading>
          <DataList className="rt-datalist">
            {item('oneOffCostEur', euro(l.costs.oneOffEur))}
            {item('yearlyCostEur', euro(l.costs.yearlyEur))}
            {item('perPlace', euro(l.costs.perPlacePerYearEur === null ? null : Math.round(l.costs.perPlacePerYearEur)))}
          </DataList>
          <Paragraph className="rt-muted">{t('locations.page.formula', { formula: l.costs.perPlaceFormula })}</Paragraph>
          <Paragraph className="rt-muted">{t('locations.page.costSource', { source: l.costs.source ?? t('locations.page.unknown') })}</Paragraph>
          <Heading level={2}>{t('locations.page.decision')}</Heading>
          <Paragraph data-testid="location-decision">
            {l.decision
              ? t('locations.page.decided', { outcome: t(`locations.decision.${l.decision.outcome}`), body: l.decision.decidedBy, date: formatDate(l.decision.decidedOn, language) })
              : t('locations.page.noDecision')}
          </Paragraph>
        </section>
      </div>
      {editable ? <LocationEditor detail={detail} onSaved={onChanged} /> : null}
      <section className="rt-section" aria-labelledby="timeline-heading">
        <Heading level={2} id="timeline-heading">
          {t('locations.page.timeline')}
        </Heading>
        <LocationTimeline detail={detail} />
        {editable ? <StepForm key={`${l.status}-${l.statusSince}`} detail={detail} today={today()} onSaved={onChanged} /> : null}
      </section>
      {handlesReactions(person) ? <PublicPagePanel locationId={l.id} isPublic={l.isPublic} canManage={editable && answersReactions(person)} /> : null}
      <section className="rt-section" aria-labelledby="occupancy-heading">
        <Heading level={2} id="occupancy-heading">
          {t('locations.page.occupancy')}
        </Heading>
        {detail.occupancy.length > 0 ? <OccupancyHistory name={l.name} counts={detail.occupancy} /> : <Paragraph>{t('locations.occupancy.none')}</Paragraph>}
        {canRecordOccupancy(person, place) && acceptsOccupancy(l.status) ? (
          <OccupancyForm locationId={l.id} capacity={l.capacity} today={today()} onSaved={onCounted} />
        ) : null}
      </section>
    </>
  );
}
