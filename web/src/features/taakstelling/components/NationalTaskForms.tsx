// SPDX-License-Identifier: EUPL-1.2
/**
 * A province coordinator's two forms on the dashboard: the population reference date of the
 * period shown (empty: the default, the latest CBS 1 January figures on or before its first day),
 * and entering the national task of a period that has no published figure shipped, always with
 * the publication it comes from. The server checks everything again (taakstelling.policy.ts).
 */
import { Button, FormField, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { ApiError, problemFields } from '../../../lib/api-client.ts';
import { enterNationalTask, setPopulationReferenceDate, type NationalTask } from '../api/taakstelling-api.ts';

const statuses = ['vastgesteld', 'bijgesteld', 'prognose'] as const;

/** Runs a save with busy and error state; the fields named by a refusal get their message. */
function useSave() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const run = async (save: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setDone('');
    try {
      setDone(await save());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (field: string) =>
    error instanceof ApiError && problemFields(error.problem).includes(field) ? (error.problem.detail ?? error.problem.title) : undefined;
  return { busy, error, done, run, fieldError };
}

export type NationalTaskFormsProps = { period: string; national: NationalTask | undefined; onSaved: (period: string) => void };

export function NationalTaskForms({ period, national, onSaved }: NationalTaskFormsProps) {
  const { t } = useTranslation();
  const id = useId();
  const date = useSave();
  const entry = useSave();
  const [referenceDate, setReferenceDate] = useState(national?.populationReferenceDate ?? '');
  const [form, setForm] = useState({ period: '', task: '', backlogIn: '', status: 'vastgesteld', publisher: '', title: '', url: '' });
  const set = (key: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));

  const saveDate = (value: string | null) =>
    void date.run(async () => {
      const saved = await setPopulationReferenceDate(period, value);
      setReferenceDate(saved.populationReferenceDate ?? '');
      onSaved(period);
      return saved.populationReferenceDate
        ? t('taakstelling.nationalForms.dateSaved', { period, date: saved.populationReferenceDate })
        : t('taakstelling.nationalForms.dateDefault', { period });
    });
  const submitDate = (event: FormEvent) => {
    event.preventDefault();
    saveDate(referenceDate === '' ? null : referenceDate);
  };
  const submitEntry = (event: FormEvent) => {
    event.preventDefault();
    void entry.run(async () => {
      const saved = await enterNationalTask(form.period.trim(), {
        task: Number(form.task),
        backlogIn: form.backlogIn.trim() === '' ? null : Number(form.backlogIn),
        status: form.status,
        source: { publisher: form.publisher, title: form.title, url: form.url.trim() === '' ? null : form.url.trim() },
      });
      onSaved(saved.period);
      return t('taakstelling.nationalForms.entered', { period: saved.period, task: saved.task });
    });
  };

  return (
    <div data-testid="national-task-forms">
      <form className="rt-narrow" onSubmit={submitDate} noValidate data-testid="reference-date-form">
        <Heading level={3}>{t('taakstelling.nationalForms.dateHeading', { period })}</Heading>
        <p role="status" className={date.done ? 'rt-notice' : 'rt-visually-hidden'}>
          {date.done}
        </p>
        {date.error ? <ProblemAlert error={date.error} /> : null}
        <TextField
          id={`${id}-date`}
          name="populationReferenceDate"
          type="date"
          label={t('taakstelling.nationalForms.date')}
          description={t('taakstelling.nationalForms.dateHint')}
          value={referenceDate}
          onChange={setReferenceDate}
          errorMessage={date.fieldError('populationReferenceDate')}
        />
        <Paragraph className="rt-actions">
          <Button type="submit" appearance="primary-action-button" busy={date.busy} disabled={date.busy}>
            {t('taakstelling.nationalForms.dateSave')}
          </Button>
          <Button type="button" appearance="secondary-action-button" disabled={date.busy} onClick={() => saveDate(null)}>
            {t('taakstelling.nationalForms.dateReset')}
          </Button>
        </Paragraph>
      </form>
      <form className="rt-narrow" onSubmit={submitEntry} noValidate data-testid="national-task-form">
        <Heading level={3}>{t('taakstelling.nationalForms.entryHeading')}</Heading>
        <Paragraph>{t('taakstelling.nationalForms.entryIntro')}</Paragraph>
        <p role="status" className={entry.done ? 'rt-notice' : 'rt-visually-hidden'}>
          {entry.done}
        </p>
        {entry.error ? <ProblemAlert error={entry.error} /> : null}
        <TextField id={`${id}-period`} name="period" label={t('taakstelling.nationalForms.period')} description={t('taakstelling.nationalForms.periodHint')} value={form.period} onChange={set('period')} required />
        <TextField id={`${id}-task`} name="task" type="number" label={t('taakstelling.nationalForms.task')} value={form.task} onChange={set('task')} required errorMessage={entry.fieldError('task')} />
        <TextField id={`${id}-backlog`} name="backlogIn" type="number" label={t('taakstelling.nationalForms.backlogIn')} description={t('taakstelling.nationalForms.backlogHint')} value={form.backlogIn} onChange={set('backlogIn')} errorMessage={entry.fieldError('backlogIn')} />
        <FormField className="rt-field" data-field="status">
          <FormLabel htmlFor={`${id}-status`}>{t('taakstelling.nationalForms.status')}</FormLabel>
          <select
            id={`${id}-status`}
            name="status"
            className="utrecht-select utrecht-select--html-select"
            value={form.status}
            onChange={(event) => set('status')(event.target.value)}
          >
            {statuses.map((status) => (
              <option key={status} value={status}>
                {t(`taakstelling.nationalForms.statuses.${status}`)}
              </option>
            ))}
          </select>
        </FormField>
        <TextField id={`${id}-publisher`} name="publisher" label={t('taakstelling.nationalForms.publisher')} description={t('taakstelling.nationalForms.publisherHint')} value={form.publisher} onChange={set('publisher')} required errorMessage={entry.fieldError('source.publisher')} />
        <TextField id={`${id}-title`} name="title" label={t('taakstelling.nationalForms.title')} value={form.title} onChange={set('title')} required errorMessage={entry.fieldError('source.title')} />
        <TextField id={`${id}-url`} name="url" type="url" label={t('taakstelling.nationalForms.url')} value={form.url} onChange={set('url')} errorMessage={entry.fieldError('source.url')} />
        <Paragraph>
          <Button type="submit" appearance="primary-action-button" busy={entry.busy} disabled={entry.busy}>
            {t('taakstelling.nationalForms.submit')}
          </Button>
        </Paragraph>
      </form>
    </div>
  );
}
