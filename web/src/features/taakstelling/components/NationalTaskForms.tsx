// SPDX-License-Identifier: EUPL-1.2
/**
 * A province coordinator's two forms on the dashboard: the population reference date of the
 * period shown (empty: the default, the latest CBS 1 January figures on or before its first day),
 * and entering the national task of a period that has no published figure shipped, always with
 * the publication it comes from. The server checks everything again (taakstelling.policy.ts).
 */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField.tsx';
import { enterNationalTask, setPopulationReferenceDate, type NationalTask } from '../api/taakstelling-api.ts';
import { SelectField } from '../../../components/SelectField.tsx';
import { SaveStatus, SourceFields, sourceOf } from './EntryFormParts.tsx';
import { useSave } from './use-save.ts';

const statuses = ['vastgesteld', 'bijgesteld', 'prognose'] as const;

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
        source: sourceOf(form),
      });
      onSaved(saved.period);
      return t('taakstelling.nationalForms.entered', { period: saved.period, task: saved.task });
    });
  };

  return (
    <div data-testid="national-task-forms">
      <form className="rt-narrow" onSubmit={submitDate} noValidate data-testid="reference-date-form">
        <Heading level={3}>{t('taakstelling.nationalForms.dateHeading', { period })}</Heading>
        <SaveStatus save={date} />
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
        <SaveStatus save={entry} />
        <TextField id={`${id}-period`} name="period" label={t('taakstelling.nationalForms.period')} description={t('taakstelling.nationalForms.periodHint')} value={form.period} onChange={set('period')} required />
        <TextField id={`${id}-task`} name="task" type="number" label={t('taakstelling.nationalForms.task')} value={form.task} onChange={set('task')} required errorMessage={entry.fieldError('task')} />
        <TextField id={`${id}-backlog`} name="backlogIn" type="number" label={t('taakstelling.nationalForms.backlogIn')} description={t('taakstelling.nationalForms.backlogHint')} value={form.backlogIn} onChange={set('backlogIn')} errorMessage={entry.fieldError('backlogIn')} />
        <SelectField
          id={`${id}-status`}
          name="status"
          label={t('taakstelling.nationalForms.status')}
          value={form.status}
          options={statuses.map((status) => ({ value: status, label: t(`taakstelling.nationalForms.statuses.${status}`) }))}
          onChange={set('status')}
        />
        <SourceFields id={id} value={form} onChange={set} save={entry} />
        <Paragraph>
          <Button type="submit" appearance="primary-action-button" busy={entry.busy} disabled={entry.busy}>
            {t('taakstelling.nationalForms.submit')}
          </Button>
        </Paragraph>
      </form>
    </div>
  );
}
