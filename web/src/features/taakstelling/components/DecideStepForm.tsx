// SPDX-License-Identifier: EUPL-1.2
/**
 * The coordinator's form to move a municipality one step up or down the ladder, with the
 * rationale and the next deadline. It sends the step it saw, so a decision taken meanwhile by
 * someone else is refused (409) rather than overwritten.
 */
import { Button, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { ApiError, problemFields } from '../../../lib/api-client.ts';
import { decideSupervisionStep, type LadderStep } from '../api/taakstelling-api.ts';
import { ladderNeighbours } from '../taakstelling-format.ts';

export type DecideStepFormProps = { code: string; current: LadderStep; onDecided: () => void };

/** One step up or down, with rationale and deadline. */
export function DecideStepForm({ code, current, onDecided }: DecideStepFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { up, down } = ladderNeighbours(current);
  const [target, setTarget] = useState<LadderStep | null>(up ?? down);
  const [rationale, setRationale] = useState('');
  const [deadline, setDeadline] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<LadderStep | null>(null);
  const fields = error instanceof ApiError ? problemFields(error.problem) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await decideSupervisionStep(code, { step: target, rationale, expectedCurrentStep: current, ...(deadline ? { nextDeadline: deadline } : {}) });
      setDone(target);
      setRationale('');
      setDeadline('');
      onDecided();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const options = [up, down].filter((step): step is LadderStep => step !== null);
  return (
    <form className="rt-section rt-narrow" onSubmit={(event) => void submit(event)} data-testid="decide-step-form" noValidate>
      <Heading level={3}>{t('taakstelling.decide.heading')}</Heading>
      <p role="status" className={done ? 'rt-notice' : 'rt-visually-hidden'}>
        {done ? t('taakstelling.decide.done', { step: t(`taakstelling.ladder.${done}`) }) : ''}
      </p>
      {error ? <ProblemAlert error={error} /> : null}
      <Fieldset>
        <FieldsetLegend>{t('taakstelling.decide.legend')}</FieldsetLegend>
        {options.map((step) => (
          <label key={step} className="rt-radio" htmlFor={`${id}-${step}`}>
            <input
              type="radio"
              id={`${id}-${step}`}
              name="step"
              value={step}
              checked={target === step}
              onChange={() => setTarget(step)}
            />
            {t(step === up ? 'taakstelling.decide.up' : 'taakstelling.decide.down', { step: t(`taakstelling.ladder.${step}`) })}
          </label>
        ))}
      </Fieldset>
      <TextField
        id={`${id}-rationale`}
        name="rationale"
        label={t('taakstelling.decide.rationale')}
        description={t('taakstelling.decide.rationaleHint')}
        value={rationale}
        onChange={setRationale}
        multiline
        required
        maxLength={4000}
        errorMessage={fields.includes('rationale') && error instanceof ApiError ? error.problem.title : undefined}
      />
      <TextField
        id={`${id}-deadline`}
        name="nextDeadline"
        type="date"
        label={t('taakstelling.decide.deadline')}
        description={t('taakstelling.decide.deadlineHint')}
        value={deadline}
        onChange={setDeadline}
        errorMessage={fields.includes('nextDeadline') && error instanceof ApiError ? error.problem.title : undefined}
      />
      <Paragraph>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy || !target}>
          {t('taakstelling.decide.submit')}
        </Button>
      </Paragraph>
    </form>
  );
}
