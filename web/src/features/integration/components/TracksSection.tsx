// SPDX-License-Identifier: EUPL-1.2
/** A household's tracks (language, education, work, civic integration) with dates, and the forms to add or change one. */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableTable, type Column } from '../../../components/SortableTable.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatDate } from '../../../lib/format.ts';
import type { Track } from '../api/integration-api.ts';
import { TrackForm } from './TrackForm.tsx';

export type TracksSectionProps = { householdId: string; tracks: Track[]; onChanged: (message: string) => void };

export function TracksSection({ householdId, tracks, onChanged }: TracksSectionProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const [editing, setEditing] = useState<Track | null>(null);
  const kindOf = (track: Track) =>
    track.workKind ? `${t(`integration.trackKinds.${track.kind}`)} (${t(`integration.workKinds.${track.workKind}`)})` : t(`integration.trackKinds.${track.kind}`);
  const columns: Column<Track>[] = [
    { key: 'kind', header: t('integration.tracks.kind'), cell: kindOf, sortValue: (r) => r.kind, rowHeader: true },
    { key: 'startedOn', header: t('integration.tracks.startedOn'), cell: (r) => formatDate(r.startedOn, language), sortValue: (r) => r.startedOn },
    { key: 'endedOn', header: t('integration.tracks.endedOn'), cell: (r) => (r.endedOn ? formatDate(r.endedOn, language) : t('integration.tracks.running')), sortValue: (r) => r.endedOn ?? '9999' },
    {
      key: 'change',
      header: t('integration.tracks.change'),
      cell: (r) => (
        <Button appearance="subtle-button" onClick={() => setEditing(r)} aria-label={t('integration.tracks.changeOne', { kind: kindOf(r), date: formatDate(r.startedOn, language) })}>
          {t('integration.tracks.change')}
        </Button>
      ),
    },
  ];
  const caption = t('integration.tracks.caption');
  return (
    <section className="rt-section" aria-labelledby="tracks-heading">
      <Heading level={2} id="tracks-heading">
        {t('integration.tracks.heading')}
      </Heading>
      <Paragraph>{t('integration.tracks.intro')}</Paragraph>
      {tracks.length === 0 ? (
        <Paragraph>{t('integration.tracks.none')}</Paragraph>
      ) : (
        <SortableTable caption={caption} label={caption} columns={columns} rows={tracks} rowKey={(r) => r.id} sortedMessage={sortedMessage} testId="tracks" />
      )}
      {editing ? (
        <TrackForm
          key={editing.id}
          householdId={householdId}
          track={editing}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onChanged(t('integration.tracks.changed'));
          }}
        />
      ) : null}
      <TrackForm householdId={householdId} onSaved={(track) => onChanged(t('integration.tracks.added', { kind: t(`integration.trackKinds.${track.kind}`) }))} />
    </section>
  );
}
