// SPDX-License-Identifier: EUPL-1.2
/**
 * Edit form of a municipality's public contact profile. A refused save shows the server's message
 * at the top and next to the field it names; the focus moves to the message.
 */
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { ApiError, problemFields } from '../../../lib/api-client.ts';
import { saveMunicipalityProfile, type MunicipalityProfile, type MunicipalityProfileInput } from '../api/regions-api.ts';

type Field = keyof MunicipalityProfileInput;
const fields: Field[] = ['contactEmail', 'phone', 'website', 'note'];
// The limits of municipalityProfileInputSchema, so the browser stops typing where the server would refuse.
const maxLengths: Record<Field, number> = { contactEmail: 254, phone: 20, website: 500, note: 500 };

export type ProfileFormProps = {
  code: string;
  profile: MunicipalityProfile;
  onSaved: (profile: MunicipalityProfile) => void;
  onCancel: () => void;
};

/** Saves the whole profile with PUT; empty fields are cleared. */
export function ProfileForm({ code, profile, onSaved, onCancel }: ProfileFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>({
    contactEmail: profile.contactEmail ?? '',
    phone: profile.phone ?? '',
    website: profile.website ?? '',
    note: profile.note ?? '',
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  const invalidFields = error instanceof ApiError ? problemFields(error.problem) : [];
  // The server's per-field messages are technical English; each field has its own plain text.
  const fieldError = (field: Field) => (invalidFields.includes(field) ? t(`profile.invalid.${field}`) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const input: MunicipalityProfileInput = Object.fromEntries(fields.map((field) => [field, values[field].trim() || null]));
    try {
      onSaved(await saveMunicipalityProfile(code, input));
    } catch (caught) {
      setError(caught);
      window.requestAnimationFrame(() => alertRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  const field = (name: Field, type: 'email' | 'tel' | 'url' | 'text', extra: { multiline?: boolean; autoComplete?: string } = {}) => (
    <TextField
      id={`profile-${name}`}
      name={name}
      type={type}
      label={t(`profile.fields.${name}`)}
      description={t(`profile.descriptions.${name}`)}
      value={values[name]}
      onChange={(value) => setValues((current) => ({ ...current, [name]: value }))}
      errorMessage={fieldError(name)}
      maxLength={maxLengths[name]}
      {...extra}
    />
  );

  return (
    <form className="rt-form" onSubmit={submit} noValidate aria-labelledby="profile-form-heading">
      <Paragraph id="profile-form-heading" className="rt-form__intro">
        {t('profile.formIntro')}
      </Paragraph>
      {error ? (
        <div ref={alertRef} tabIndex={-1} className="rt-form__problem">
          <ProblemAlert error={error} />
        </div>
      ) : null}
      {field('contactEmail', 'email', { autoComplete: 'off' })}
      {field('phone', 'tel', { autoComplete: 'off' })}
      {field('website', 'url', { autoComplete: 'off' })}
      {field('note', 'text', { multiline: true })}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('profile.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
