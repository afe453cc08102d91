// SPDX-License-Identifier: EUPL-1.2
/**
 * A province coordinator records an agreement: which municipality houses how many persons for
 * which other one, in the half year shown. The API checks it against the housing municipality's
 * expected surplus; a refusal is shown at the field at fault, with the reason in plain words.
 * After recording, both municipalities' taakstelling pages show it as a transfer (linked here).
 */
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { paths } from '../../../lib/paths.ts';
import { recordAgreement, type Agreement, type Brokering } from '../api/housing-api.ts';
import { agreementRefusal } from './agreement-errors.ts';

/** Today in the Netherlands as YYYY-MM-DD (the default must not depend on the viewer's zone). */
export function todayInNetherlands(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** A recorded agreement with the names of both municipalities, for the confirmation. */
export type RecordedAgreement = Agreement & { housesName: string; forName: string };

/** What a proposed pair fills in. */
export type AgreementDraft = { houses: string; for: string; persons: string };

export type AgreementFormProps = {
  municipalities: Brokering['positions'];
  period: string;
  asOf: string;
  draft: AgreementDraft | null;
  onRecorded: (agreement: RecordedAgreement) => void;
};

/** "12" → 12; anything that is not a whole number is sent as it is typed, for the API to refuse at the field. */
function wholeNumber(text: string): number | string {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export function AgreementForm({ municipalities, period, asOf, draft, onRecorded }: AgreementFormProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const bySurplus = [...municipalities].sort((a, b) => b.surplus - a.surplus || a.name.localeCompare(b.name, 'nl'));
  const byDeficit = [...municipalities].sort((a, b) => b.deficit - a.deficit || a.name.localeCompare(b.name, 'nl'));
  const [values, setValues] = useState({
    houses: draft?.houses ?? bySurplus[0]?.code ?? '',
    for: draft?.for ?? byDeficit.find((m) => m.code !== bySurplus[0]?.code)?.code ?? '',
    persons: draft?.persons ?? '',
    agreedOn: todayInNetherlands(),
    reference: '',
    note: '',
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const nameOf = (code: string) => municipalities.find((m) => m.code === code)?.name ?? code;
  const refusal = agreementRefusal(error instanceof ApiError ? error.problem : null);
  const invalid = refusal.fields;
  const personsError = (): string | undefined => {
    switch (refusal.persons?.kind) {
      case 'exceeds':
        return t('housing.brokering.form.exceeds', { name: nameOf(values.houses), surplus: formatNumber(refusal.persons.surplus, language), period });
      case 'noSurplus':
        return t('housing.brokering.form.noSurplusFor', { name: nameOf(values.houses), period });
      case 'invalid':
        return t('housing.brokering.form.personsInvalid');
      default:
        return undefined;
    }
  };
  const fieldError = (field: string, message: string) => (invalid.includes(field) ? message : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const agreement = await recordAgreement({
        period,
        houses: values.houses,
        for: values.for,
        persons: wholeNumber(values.persons) as number,
        agreedOn: values.agreedOn.trim(),
        reference: values.reference.trim(),
        ...(values.note.trim() ? { note: values.note.trim() } : {}),
        asOf,
      });
      setValues((v) => ({ ...v, persons: '', reference: '', note: '' }));
      onRecorded({ ...agreement, housesName: nameOf(agreement.houses), forName: nameOf(agreement.for) });
    } catch (caught) {
      setError(caught);
      window.requestAnimationFrame(() => alertRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  const text = (field: 'agreedOn' | 'reference', description: string, maxLength: number) => (
    <TextField
      id={`agreement-${field}`}
      name={field}
      label={t(`housing.brokering.form.${field}`)}
      description={description}
      value={values[field]}
      onChange={set(field)}
      errorMessage={fieldError(field, t('housing.brokering.form.invalid'))}
      maxLength={maxLength}
      required
    />
  );
  const select = (field: 'houses' | 'for', list: Brokering['positions']) => (
    <SelectField
      id={`agreement-${field}`}
      name={field}
      label={t(`housing.brokering.form.${field}`)}
      description={t(`housing.brokering.form.${field}Help`)}
      value={values[field]}
      options={list.map((m) => ({ value: m.code, label: m.name }))}
      onChange={set(field)}
      errorMessage={fieldError(field, t(`housing.brokering.form.${field}Invalid`))}
    />
  );
  return (
    <form className="rt-form" onSubmit={submit} noValidate aria-labelledby="agreement-form-heading" data-testid="agreement-form">
      <Heading level={3} id="agreement-form-heading">
        {t('housing.brokering.form.heading')}
      </Heading>
      <Paragraph>{t('housing.brokering.form.context', { period, date: formatDate(asOf, language) })}</Paragraph>
      {error ? (
        <div ref={alertRef} tabIndex={-1} className="rt-form__problem">
          <ProblemAlert error={error} />
        </div>
      ) : null}
      {select('houses', bySurplus)}
      {select('for', byDeficit)}
      <TextField id="agreement-persons" name="persons" label={t('housing.brokering.form.persons')} value={values.persons} onChange={set('persons')} errorMessage={personsError()} required />
      {text('agreedOn', t('housing.brokering.form.dateHelp'), 10)}
      {text('reference', t('housing.brokering.form.referenceHelp'), 500)}
      <TextField id="agreement-note" name="note" label={t('housing.brokering.form.note')} value={values.note} onChange={set('note')} errorMessage={fieldError('note', t('housing.brokering.form.invalid'))} multiline maxLength={2000} />
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {t('housing.brokering.form.submit')}
      </Button>
    </form>
  );
}

/** The confirmation of a recorded agreement, with links to both municipalities' taakstelling pages. */
export function AgreementDone({ agreement }: { agreement: RecordedAgreement }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  return (
    <Alert type="ok" role="status">
      <Paragraph data-testid="agreement-done">
        {t('housing.brokering.form.done', { houses: agreement.housesName, for: agreement.forName, persons: formatNumber(agreement.persons, language), period: agreement.period })}
      </Paragraph>
      <Paragraph>
        <AppLink href={paths.municipalityTaakstelling(agreement.houses)}>{t('housing.brokering.form.balanceOf', { name: agreement.housesName })}</AppLink>
        {' · '}
        <AppLink href={paths.municipalityTaakstelling(agreement.for)}>{t('housing.brokering.form.balanceOf', { name: agreement.forName })}</AppLink>
      </Paragraph>
    </Alert>
  );
}
