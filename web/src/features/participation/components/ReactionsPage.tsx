// SPDX-License-Identifier: EUPL-1.2
/**
 * The reactions queue for moderators and officials: every location in their scope, waiting ones
 * first by default. Moderators publish or hide (with a reason); officials also answer.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchQueue, type QueueFilter } from '../api/participation-api.ts';
import { answersReactions } from '../permissions.ts';
import { HandlersOnly } from './HandlersOnly.tsx';
import { ReactionCard } from './ReactionCard.tsx';

/** The /reacties page. */
export function ReactionsPage() {
  const { t } = useTranslation();
  return (
    <HandlersOnly title={t('participation.title')} path={paths.reactions} notAllowed={t('participation.notAllowed')}>
      {(person) => <Queue canAnswer={answersReactions(person)} />}
    </HandlersOnly>
  );
}

function Queue({ canAnswer }: { canAnswer: boolean }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<QueueFilter>({ visibility: 'pending' });
  const queue = useAsync(JSON.stringify(filter), (signal) => fetchQueue(filter, signal));
  useReadySignal(queue.status !== 'loading');
  return (
    <>
      <Heading level={1}>{t('participation.title')}</Heading>
      <Paragraph>{t('participation.intro')}</Paragraph>
      <Paragraph>
        <AppLink href={paths.reactionsOverview()}>{t('participation.overview.link')}</AppLink>
        {' · '}
        <AppLink href={paths.activitiesModeration}>{t('activities.moderation.link')}</AppLink>
      </Paragraph>
      <label htmlFor="rt-reactions-filter">{t('participation.show')}</label>{' '}
      <select
        id="rt-reactions-filter"
        value={filter.visibility ?? 'all'}
        onChange={(event) => setFilter(event.target.value === 'all' ? {} : { visibility: event.target.value as QueueFilter['visibility'] })}
      >
        <option value="pending">{t('participation.visibility.pending')}</option>
        <option value="published">{t('participation.visibility.published')}</option>
        <option value="hidden">{t('participation.visibility.hidden')}</option>
        <option value="all">{t('participation.all')}</option>
      </select>
      <Heading level={2}>{t('participation.listTitle', { count: queue.data?.total ?? 0 })}</Heading>
      {queue.status === 'loading' ? <Loading /> : null}
      {queue.status === 'failed' ? <ProblemAlert error={queue.error} /> : null}
      {queue.status === 'done' && queue.data.items.length === 0 ? <Paragraph>{t('participation.empty')}</Paragraph> : null}
      {queue.status === 'done' ? (
        <ul className="rt-reactions">
          {queue.data.items.map((item) => (
            <ReactionCard key={item.id} item={item} canAnswer={canAnswer} onChanged={queue.reload} />
          ))}
        </ul>
      ) : null}
    </>
  );
}
