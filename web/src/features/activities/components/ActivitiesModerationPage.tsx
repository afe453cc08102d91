// SPDX-License-Identifier: EUPL-1.2
/**
 * Moderation of the activities board (/reacties/activiteiten): activities that wait, are published
 * or are hidden, in the official's scope. Publish one, reject or hide one with a reason (the
 * organiser's text with contact details is shown to officials, flagged), or publish a hidden one
 * again. Every decision is recorded in the audit trail.
 */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { HandlersOnly } from '../../participation/components/HandlersOnly.tsx';
import { fetchActivityQueue, moderateActivity, type ActivityListStatus, type QueuedActivity } from '../api/activities-api.ts';

export function ActivitiesModerationPage() {
  const { t } = useTranslation();
  return (
    <HandlersOnly title={t('activities.moderation.title')} path={paths.activitiesModeration} notAllowed={t('activities.moderation.notAllowed')}>
      {() => <ModerationLists />}
    </HandlersOnly>
  );
}

function ModerationLists() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ActivityListStatus>('pending');
  const list = useAsync(`activities:${status}`, (signal) => fetchActivityQueue(status, signal));
  useReadySignal(list.status !== 'loading');
  return (
    <>
      <Paragraph className="rt-backlink">
        <AppLink href={paths.reactions}>{t('participation.overview.back')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('activities.moderation.title')}</Heading>
      <Paragraph>{t('activities.moderation.intro')}</Paragraph>
      <label htmlFor="rt-activities-filter">{t('participation.show')}</label>{' '}
      <select id="rt-activities-filter" value={status} onChange={(event) => setStatus(event.target.value as ActivityListStatus)}>
        {(['pending', 'published', 'rejected'] as const).map((value) => (
          <option key={value} value={value}>
            {t(`activities.moderation.status.${value}`)}
          </option>
        ))}
      </select>
      <Heading level={2}>{t('activities.moderation.listTitle', { count: list.data?.items.length ?? 0 })}</Heading>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'failed' ? <ProblemAlert error={list.error} /> : null}
      {list.status === 'done' && list.data.items.length === 0 ? <Paragraph>{t('activities.moderation.empty')}</Paragraph> : null}
      {list.status === 'done' ? (
        <ul className="rt-reactions">
          {list.data.items.map((item) => (
            <ActivityCard key={item.id} item={item} onChanged={list.reload} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function ActivityCard({ item, onChanged }: { item: QueuedActivity; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const act = (work: () => Promise<unknown>) => {
    setError(null);
    work().then(onChanged, setError);
  };
  const reject = (event: FormEvent) => {
    event.preventDefault();
    act(() => moderateActivity(item.id, 'reject', reason));
  };
  return (
    <li className="rt-reaction" aria-labelledby={`${id}-title`}>
      <Heading level={3} id={`${id}-title`}>
        {item.title}
      </Heading>
      <Paragraph className="rt-reaction__meta">
        {t(`activities.kinds.${item.kind}`)} · {formatDateTime(item.startsAt, language)} · {item.place} · {item.municipality.name}
        {item.location ? ` · ${item.location.name}` : ''}
      </Paragraph>
      <Paragraph>
        {t('activities.moderation.organiser')}: {item.organiser.name} ({item.organiser.email})
      </Paragraph>
      {item.containsContact ? (
        <Paragraph>
          <strong>{t('activities.moderation.containsContact')}</strong>
        </Paragraph>
      ) : null}
      <Paragraph className="rt-reaction__text">{item.originalDescription}</Paragraph>
      {item.moderationReason ? (
        <Paragraph>
          <strong>{t('activities.moderation.reasonShown')}:</strong> {item.moderationReason}
        </Paragraph>
      ) : null}
      {error ? <ProblemAlert error={error} /> : null}
      {item.status !== 'published' ? (
        <Button appearance="primary-action-button" onClick={() => act(() => moderateActivity(item.id, 'publish'))}>
          {item.status === 'pending' ? t('activities.moderation.publish') : t('activities.moderation.republish')}
        </Button>
      ) : null}
      {item.status !== 'rejected' ? (
        <form onSubmit={reject}>
          <label htmlFor={`${id}-reason`}>{t('activities.moderation.reason')}</label>
          <input id={`${id}-reason`} value={reason} onChange={(event) => setReason(event.target.value)} required maxLength={500} />
          <Button type="submit" appearance="secondary-action-button">
            {item.status === 'pending' ? t('activities.moderation.reject') : t('activities.moderation.hide')}
          </Button>
        </form>
      ) : null}
    </li>
  );
}
