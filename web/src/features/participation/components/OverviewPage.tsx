// SPDX-License-Identifier: EUPL-1.2
/**
 * The officials' overview of residents' reactions (/reacties/overzicht): per location (or all in
 * the caller's scope) and over a chosen period, the counts by kind, theme, status and month, what
 * is open past its target, the recurring themes, and the map of pinned reactions with a table of
 * the same reactions. Each count says what it counts and where it comes from.
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
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useRouter } from '../../../lib/router.tsx';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchOverview, fetchPublicLocations, type OverviewFilter } from '../api/participation-api.ts';
import { HandlersOnly } from './HandlersOnly.tsx';
import { OverviewFigures } from './OverviewFigures.tsx';

export type OverviewPageProps = { locationId: string | null; from: string | null; to: string | null };

/** The /reacties/overzicht page. */
export function OverviewPage(props: OverviewPageProps) {
  const { t } = useTranslation();
  return (
    <HandlersOnly title={t('participation.overview.title')} path={paths.reactionsOverview()} notAllowed={t('participation.notAllowed')}>
      {() => <Overview {...props} />}
    </HandlersOnly>
  );
}

function Overview({ locationId, from, to }: OverviewPageProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const filter: OverviewFilter = { ...(locationId ? { locationId } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const overview = useAsync(`overview:${JSON.stringify(filter)}`, (signal) => fetchOverview(filter, signal));
  const locations = useAsync('public-locations', (signal) => fetchPublicLocations(signal));
  const [mapReady, setMapReady] = useState(false);
  const noPins = overview.status === 'done' && overview.data.pins.features.length === 0;
  useReadySignal(overview.status === 'failed' || (overview.status === 'done' && locations.status !== 'loading' && (mapReady || noPins)));

  const locationName = locations.data?.items.find((item) => item.id === locationId)?.name;
  const where = locationName ? t('participation.overview.atLocation', { name: locationName }) : t('participation.overview.atAll');
  const when =
    from && to
      ? t('participation.overview.between', { from: formatDate(from, language), to: formatDate(to, language) })
      : from
        ? t('participation.overview.since', { from: formatDate(from, language) })
        : to
          ? t('participation.overview.until', { to: formatDate(to, language) })
          : t('participation.overview.always');
  return (
    <>
      <Paragraph className="rt-backlink">
        <AppLink href={paths.reactions}>{t('participation.overview.back')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('participation.overview.title')}</Heading>
      <Paragraph lead>{t('participation.overview.intro')}</Paragraph>
      <OverviewFilterForm key={`${locationId}:${from}:${to}`} initial={{ locationId, from, to }} locations={locations.data?.items ?? []} />
      <Paragraph data-testid="overview-scope">{t('participation.overview.scope', { where, when })}</Paragraph>
      {overview.status === 'loading' ? <Loading /> : null}
      {overview.status === 'failed' ? <ProblemAlert error={overview.error} /> : null}
      {overview.status === 'done' ? (
        <OverviewFigures
          overview={overview.data}
          counted={(what) => t('participation.overview.counted', { what, where, when, time: formatDateTime(overview.data.generatedAt, language) })}
          onMapReady={() => setMapReady(true)}
        />
      ) : null}
    </>
  );
}

type FilterFormProps = { initial: OverviewPageProps; locations: { id: string; name: string; municipalityName: string }[] };

/** Chooses the location and period; the choice goes into the address, so it can be shared. */
function OverviewFilterForm({ initial, locations }: FilterFormProps) {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const [locationId, setLocationId] = useState(initial.locationId ?? '');
  const [from, setFrom] = useState(initial.from ?? '');
  const [to, setTo] = useState(initial.to ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(paths.reactionsOverview({ locationId, from, to }));
  };
  return (
    <form className="rt-filter" onSubmit={submit} aria-label={t('participation.overview.filter')}>
      <div className="rt-filter__fields">
      <SelectField
        id="overview-location"
        name="locationId"
        label={t('participation.overview.location')}
        value={locationId}
        onChange={setLocationId}
        options={[
          { value: '', label: t('participation.overview.allLocations') },
          ...locations.map((item) => ({ value: item.id, label: `${item.name} (${item.municipalityName})` })),
        ]}
      />
      <TextField id="overview-from" name="from" type="date" label={t('participation.overview.from')} value={from} onChange={setFrom} />
      <TextField id="overview-to" name="to" type="date" label={t('participation.overview.to')} value={to} onChange={setTo} />
      </div>
      <Button type="submit" appearance="primary-action-button">
        {t('participation.overview.apply')}
      </Button>
    </form>
  );
}
