// SPDX-License-Identifier: EUPL-1.2
/**
 * Entry of one realisation: date, persons (and how many adults and minors), the household's
 * pseudonym, a dwelling reference and the reception location the persons came from. The server
 * checks everything; its problem names the field, which is marked here.
 */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { ApiError, problemFields } from '../../../lib/api-client.ts';
import { recordRealisation, type RecordRealisationInput } from '../api/taakstelling-api.ts';

const fieldNames = ['housedOn', 'persons', 'adults', 'minors', 'household', 'dwellingReference', 'cameFromLocation', 'sourceReference'] as const;
type FieldName = (typeof fieldNames)[number];
type Values = Record<FieldName, string>;
const empty: Values = { housedOn: '', persons: '', adults: '', minors: '', household: '', dwellingReference: '', cameFromLocation: '', sourceReference: '' };

// Empty optional fields are left out; numbers go as numbers so the server can refuse 2.5 persons.
function toInput(values: Values): RecordRealisationInput {
  const input: Record<string, string | number> = {};
  for (const name of fieldNames) {
    const value = values[name].trim();
    if (value === '') {
      continue;
    }
    input[name] = name === 'persons' || name === 'adults' || name === 'minors' ? Number(value) : value;
  }
  return input as RecordRealisationInput;
}

/** The entry form; `onRecorded` after a successful save. */
export function RealisationForm({ code, onRecorded }: { code: string; onRecorded: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<Values>(empty);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const fields = error instanceof ApiError ? problemFields(error.problem) : [];
  const messageFor = (name: FieldName) => {
    if (!(error instanceof ApiError) || !fields.includes(name)) {
      return undefined;
    }
    return error.problem.errors?.find((item) => item.field === `body.${name}`)?.message ?? error.problem.title;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await recordRealisation(code, toInput(values));
      setSaved(t(result.created ? 'taakstelling.realisations.saved' : 'taakstelling.realisations.unchanged', { persons: result.realisation.persons }));
      setValues(empty);
      onRecorded();
    } catch (caught) {
      setSaved(null);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: FieldName, type: 'text' | 'date' | 'number' = 'text', required = false) => (
    <TextField
      id={`${id}-${name}`}
      name={name}
      type={type}
      label={t(`taakstelling.realisations.form.${name}`)}
      description={t(`taakstelling.realisations.form.${name}Hint`)}
      value={values[name]}
      required={required}
      onChange={(value) => setValues((current) => ({ ...current, [name]: value }))}
      errorMessage={messageFor(name)}
    />
  );

  return (
    <form className="rt-section" onSubmit={(event) => void submit(event)} data-testid="realisation-form" noValidate>
      <Heading level={3}>{t('taakstelling.realisations.form.heading')}</Heading>
      <p role="status" className={saved ? 'rt-notice' : 'rt-visually-hidden'}>
        {saved ?? ''}
      </p>
      {error ? <ProblemAlert error={error} /> : null}
      <div className="rt-form-row">
        {field('housedOn', 'date', true)}
        {field('persons', 'number', true)}
        {field('adults', 'number')}
        {field('minors', 'number')}
        {field('household')}
        {field('dwellingReference')}
        {field('cameFromLocation')}
        {field('sourceReference')}
      </div>
      <Paragraph>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('taakstelling.realisations.form.submit')}
        </Button>
      </Paragraph>
    </form>
  );
}
