// SPDX-License-Identifier: EUPL-1.2
/**
 * Record the next lifecycle step: status, date, and for "decided" the outcome and the body that
 * decided. Only later statuses are offered; the server still checks, and a refusal (a step back,
 * a date before the current step) is shown with its reason.
 */
import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { ApiError, problemFields } from '../../../lib/api-client.ts';
import { recordStep, type LocationDetail, type StepInput } from '../api/locations-api.ts';
import { nextStatuses, statusOrder, type StatusName } from '../status.ts';
import { RefusalAlert } from './RefusalAlert.tsx';

export type StepFormProps = { detail: LocationDetail; today: string; onSaved: (detail: LocationDetail) => void };

/** The "next step" form of a location page. */
export function StepForm({ detail, today, onSaved }: StepFormProps) {
  const { t } = useTranslation();
  const { location } = detail;
  const offered = nextStatuses(location.status, location.decision?.outcome ?? null);
  // Every status can be chosen, so that a step back is refused by the server with its reason.
  const [status, setStatus] = useState<StatusName>(offered[0] ?? location.status);
  const [on, setOn] = useState(today);
  const [outcome, setOutcome] = useState<'yes' | 'no'>('yes');
  const [decidedBy, setDecidedBy] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const invalid = error instanceof ApiError ? problemFields(error.problem) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const step: StepInput = {
      status,
      on,
      ...(status === 'decided' ? { decision: { outcome, decidedBy: decidedBy.trim() } } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    try {
      onSaved(await recordStep(location.id, step));
      setNote('');
    } catch (caught) {
      setError(caught);
      window.requestAnimationFrame(() => alertRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="rt-form" onSubmit={submit} noValidate aria-labelledby="step-form-heading" data-testid="step-form">
      <Heading level={3} id="step-form-heading">
        {t('locations.step.heading')}
      </Heading>
      {error ? <RefusalAlert ref={alertRef} error={error} /> : null}
      <SelectField
        id="step-status"
        name="status"
        label={t('locations.step.status')}
        description={offered.length > 0 ? t('locations.step.offered', { statuses: offered.map((s) => t(`locations.status.${s}`)).join(', ') }) : t('locations.step.none')}
        value={status}
        onChange={(value) => setStatus(value as StatusName)}
        errorMessage={invalid.includes('status') ? t('locations.form.invalid') : undefined}
        options={statusOrder.map((value) => ({ value, label: t(`locations.status.${value}`) }))}
      />
      <TextField
        id="step-on"
        name="on"
        label={t('locations.step.on')}
        description={t('locations.form.dateHint')}
        value={on}
        onChange={setOn}
        errorMessage={invalid.includes('on') ? t('locations.form.invalid') : undefined}
      />
      {status === 'decided' ? (
        <>
          <SelectField
            id="step-outcome"
            name="outcome"
            label={t('locations.step.outcome')}
            value={outcome}
            onChange={(value) => setOutcome(value === 'no' ? 'no' : 'yes')}
            options={[
              { value: 'yes', label: t('locations.decision.yes') },
              { value: 'no', label: t('locations.decision.no') },
            ]}
          />
          <TextField
            id="step-decidedBy"
            name="decidedBy"
            label={t('locations.step.decidedBy')}
            description={t('locations.step.decidedByHint')}
            value={decidedBy}
            onChange={setDecidedBy}
            errorMessage={invalid.some((field) => field.startsWith('decision')) ? t('locations.form.invalid') : undefined}
          />
        </>
      ) : null}
      <TextField id="step-note" name="note" label={t('locations.step.note')} value={note} onChange={setNote} multiline />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('locations.step.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
