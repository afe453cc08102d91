// SPDX-License-Identifier: EUPL-1.2
/**
 * One reaction in the queue: its text (contacts flagged), and the actions the person may take:
 * publish, hide with a reason, answer (public, mailed when an address was left), and forward or
 * close with a note. A theme chosen on publishing or answering feeds the overview.
 */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { answerReaction, moderateReaction, setReactionStatus, type QueueItem } from '../api/participation-api.ts';

type ReactionCardProps = { item: QueueItem; canAnswer: boolean; onChanged: () => void };

export function ReactionCard({ item, canAnswer, onChanged }: ReactionCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const [answer, setAnswer] = useState('');
  const [reason, setReason] = useState('');
  const [theme, setTheme] = useState(item.theme ?? '');
  const [status, setStatus] = useState<'forwarded' | 'closed'>('forwarded');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const act = (work: () => Promise<unknown>) => {
    setError(null);
    work().then(onChanged, setError);
  };
  const onSubmit = (work: () => Promise<unknown>) => (event: FormEvent) => {
    event.preventDefault();
    act(work);
  };
  const chosenTheme = theme.trim() || undefined;
  const open = item.status === 'received' || item.status === 'forwarded';
  return (
    <li className="rt-reaction" aria-labelledby={`${id}-title`}>
      <Heading level={3} id={`${id}-title`}>
        {t(`participation.kinds.${item.kind}`)}: {item.location.name}
      </Heading>
      <Paragraph className="rt-reaction__meta">
        {t(`participation.visibility.${item.visibility}`)} · {t(`participation.status.${item.status}`)} · {t('participation.dueOn', { date: item.dueOn })}
        {item.pastTarget ? ` · ${t('participation.pastTarget')}` : ''}
        {item.wantsMail ? ` · ${t('participation.wantsMail')}` : ''}
        {item.theme ? ` · ${t('participation.themeShown')}: ${item.theme}` : ''}
      </Paragraph>
      {item.containsContact ? (
        <Paragraph>
          <strong>{t('participation.containsContact')}</strong>
        </Paragraph>
      ) : null}
      <Paragraph className="rt-reaction__text">{item.text}</Paragraph>
      {item.moderationReason ? <Paragraph><strong>{t('participation.moderationReason')}:</strong> {item.moderationReason}</Paragraph> : null}
      {item.statusNote ? <Paragraph><strong>{t('participation.statusNote')}:</strong> {item.statusNote}</Paragraph> : null}
      {item.answer ? <Paragraph><strong>{t('participation.answer')}:</strong> {item.answer}</Paragraph> : null}
      {error ? <ProblemAlert error={error} /> : null}
      {item.visibility !== 'hidden' ? (
        <div className="rt-field">
          <label htmlFor={`${id}-theme`}>{t('participation.theme')}</label>
          <input id={`${id}-theme`} value={theme} onChange={(event) => setTheme(event.target.value)} maxLength={60} />
        </div>
      ) : null}
      {item.visibility !== 'published' ? (
        <Button appearance="primary-action-button" onClick={() => act(() => moderateReaction(item.id, 'publish', undefined, chosenTheme))}>
          {t('participation.publish')}
        </Button>
      ) : null}
      {item.visibility !== 'hidden' ? (
        <form onSubmit={onSubmit(() => moderateReaction(item.id, 'hide', reason))}>
          <label htmlFor={`${id}-reason`}>{t('participation.hideReason')}</label>
          <input id={`${id}-reason`} value={reason} onChange={(event) => setReason(event.target.value)} required maxLength={500} />
          <Button type="submit" appearance="secondary-action-button">{t('participation.hide')}</Button>
        </form>
      ) : null}
      {canAnswer && item.visibility !== 'hidden' ? (
        <form onSubmit={onSubmit(() => answerReaction(item.id, answer, chosenTheme))}>
          <label htmlFor={`${id}-answer`}>{t('participation.answerLabel')}</label>
          <textarea id={`${id}-answer`} value={answer} onChange={(event) => setAnswer(event.target.value)} required maxLength={5000} rows={4} />
          <Button type="submit" appearance="primary-action-button">{t('participation.sendAnswer')}</Button>
        </form>
      ) : null}
      {canAnswer && open ? (
        <form onSubmit={onSubmit(() => setReactionStatus(item.id, status, note.trim() || undefined))}>
          <fieldset>
            <legend>{t('participation.statusTitle')}</legend>
            <label htmlFor={`${id}-status`}>{t('participation.statusChoice')}</label>
            <select id={`${id}-status`} value={status} onChange={(event) => setStatus(event.target.value as 'forwarded' | 'closed')}>
              <option value="forwarded">{t('participation.forward')}</option>
              <option value="closed">{t('participation.close')}</option>
            </select>
            <label htmlFor={`${id}-note`}>{t('participation.noteLabel')}</label>
            <input id={`${id}-note`} value={note} onChange={(event) => setNote(event.target.value)} maxLength={500} />
            <Button type="submit" appearance="secondary-action-button">{t('participation.setStatus')}</Button>
          </fieldset>
        </form>
      ) : null}
    </li>
  );
}
