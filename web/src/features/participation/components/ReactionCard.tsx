// SPDX-License-Identifier: EUPL-1.2
/** One reaction in the queue: its text (contacts flagged), and the actions the person may take. */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { answerReaction, moderateReaction, type QueueItem } from '../api/participation-api.ts';

type ReactionCardProps = { item: QueueItem; canAnswer: boolean; onChanged: () => void };

export function ReactionCard({ item, canAnswer, onChanged }: ReactionCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const [answer, setAnswer] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const act = (work: () => Promise<unknown>) => {
    setError(null);
    work().then(onChanged, setError);
  };
  return (
    <li className="rt-reaction">
      <Heading level={3}>
        {t(`participation.kinds.${item.kind}`)}: {item.location.name}
      </Heading>
      <Paragraph className="rt-reaction__meta">
        {t(`participation.visibility.${item.visibility}`)} · {t(`participation.status.${item.status}`)} · {t('participation.dueOn', { date: item.dueOn })}
        {item.pastTarget ? ` · ${t('participation.pastTarget')}` : ''}
        {item.wantsMail ? ` · ${t('participation.wantsMail')}` : ''}
      </Paragraph>
      {item.containsContact ? <Paragraph><strong>{t('participation.containsContact')}</strong></Paragraph> : null}
      <Paragraph className="rt-reaction__text">{item.text}</Paragraph>
      {item.answer ? <Paragraph><strong>{t('participation.answer')}:</strong> {item.answer}</Paragraph> : null}
      {error ? <ProblemAlert error={error} /> : null}
      {item.visibility !== 'published' ? (
        <Button appearance="primary-action-button" onClick={() => act(() => moderateReaction(item.id, 'publish'))}>
          {t('participation.publish')}
        </Button>
      ) : null}
      {item.visibility !== 'hidden' ? (
        <form onSubmit={(event) => { event.preventDefault(); act(() => moderateReaction(item.id, 'hide', reason)); }}>
          <label htmlFor={`${id}-reason`}>{t('participation.hideReason')}</label>
          <input id={`${id}-reason`} value={reason} onChange={(event) => setReason(event.target.value)} required maxLength={500} />
          <Button type="submit" appearance="secondary-action-button">{t('participation.hide')}</Button>
        </form>
      ) : null}
      {canAnswer && item.visibility !== 'hidden' ? (
        <form onSubmit={(event) => { event.preventDefault(); act(() => answerReaction(item.id, answer)); }}>
          <label htmlFor={`${id}-answer`}>{t('participation.answerLabel')}</label>
          <textarea id={`${id}-answer`} value={answer} onChange={(event) => setAnswer(event.target.value)} required maxLength={5000} rows={4} />
          <Button type="submit" appearance="primary-action-button">{t('participation.sendAnswer')}</Button>
        </form>
      ) : null}
    </li>
  );
}
