// SPDX-License-Identifier: EUPL-1.2
/**
 * Enter or change one of the partner's own offers: kind, title, description, where, what it asks
 * for (occupation groups, education, Dutch level) and the interests it suits. The server decides
 * the organisation (the signed-in partner's) and refuses changes to another partner's offer.
 */
import { Button, ButtonGroup, Checkbox, FormField, FormLabel, Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../../components/CheckboxGroup.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { interestCodes } from '../../integration/components/LevelsForm.tsx';
import { createOffer, updateOffer, type Offer, type OfferInput } from '../api/offers-api.ts';

const kinds = ['vacancy', 'traineeship', 'course', 'activity', 'buddy'] as const;
const levels = ['A1', 'A2', 'B1', 'B2'] as const;

type Fields = {
  kind: string;
  title: string;
  description: string;
  municipalityCode: string;
  iscoGroups: string;
  minIscedLevel: string;
  minDutchLevel: string;
  places: string;
  interests: string[];
  active: boolean;
};

const fieldsOf = (offer?: Offer): Fields => ({
  kind: offer?.kind ?? 'course',
  title: offer?.title ?? '',
  description: offer?.description ?? '',
  municipalityCode: offer?.municipalityCode ?? '',
  iscoGroups: offer?.iscoGroups.join(', ') ?? '',
  minIscedLevel: offer?.minIscedLevel === null || offer?.minIscedLevel === undefined ? '' : String(offer.minIscedLevel),
  minDutchLevel: offer?.minDutchLevel ?? '',
  places: offer?.places === null || offer?.places === undefined ? '' : String(offer.places),
  interests: offer?.interests ?? [],
  active: offer?.active ?? true,
});

/** The form's text as the API wants it; numbers that are not numbers go as they are, so the server names the field. */
function inputOf(fields: Fields): OfferInput {
  const number = (text: string): number | null => {
    const trimmed = text.trim();
    if (trimmed === '') {
      return null;
    }
    // Not a number: sent as text, so the server's problem names this field instead of it being dropped.
    return Number.isNaN(Number(trimmed)) ? (trimmed as unknown as number) : Number(trimmed);
  };
  return {
    kind: fields.kind as OfferInput['kind'],
    title: fields.title,
    description: fields.description,
    municipalityCode: fields.municipalityCode.trim() === '' ? null : fields.municipalityCode.trim().toUpperCase(),
    iscoGroups: fields.iscoGroups.split(/[\s,;]+/).filter((group) => group !== ''),
    minIscedLevel: number(fields.minIscedLevel),
    minDutchLevel: (fields.minDutchLevel === '' ? null : fields.minDutchLevel) as OfferInput['minDutchLevel'],
    places: number(fields.places),
    interests: fields.interests as OfferInput['interests'],
  };
}

export type OfferFormProps = { offer?: Offer; onSaved: (offer: Offer) => void; onCancel?: () => void };

export function OfferForm({ offer, onSaved, onCancel }: OfferFormProps) {
  const { t } = useTranslation();
  const prefix = offer ? `offer-${offer.id}` : 'offer-new';
  const [fields, setFields] = useState<Fields>(() => fieldsOf(offer));
  const { errorOf, save, busy, general } = useFormProblem();
  const set = (name: keyof Fields) => (value: string) => setFields((current) => ({ ...current, [name]: value }));
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await save(async () => {
      const input = inputOf(fields);
      onSaved(offer ? await updateOffer(offer.id, { ...input, active: fields.active }) : await createOffer(input));
    });
  };
  const headingId = `${prefix}-heading`;
  return (
    <form className="rt-form" onSubmit={(event) => void onSubmit(event)} aria-labelledby={headingId} noValidate data-testid={`${prefix}-form`}>
      <Heading level={2} id={headingId}>
        {offer ? t('offers.form.editHeading', { title: offer.title }) : t('offers.form.newHeading')}
      </Heading>
      {general ? <ProblemAlert error={general} /> : null}
      <SelectField id={`${prefix}-kind`} name="kind" label={t('offers.form.kind')} value={fields.kind} options={kinds.map((kind) => ({ value: kind, label: t(`offers.kinds.${kind}`) }))} onChange={set('kind')} errorMessage={errorOf('kind')} />
      <TextField id={`${prefix}-title`} name="title" label={t('offers.form.title')} value={fields.title} onChange={set('title')} errorMessage={errorOf('title')} required maxLength={200} />
      <TextField id={`${prefix}-description`} name="description" label={t('offers.form.description')} value={fields.description} onChange={set('description')} errorMessage={errorOf('description')} multiline maxLength={4000} />
      <TextField id={`${prefix}-municipality`} name="municipalityCode" label={t('offers.form.municipality')} description={t('offers.form.municipalityHelp')} value={fields.municipalityCode} onChange={set('municipalityCode')} errorMessage={errorOf('municipalityCode')} />
      <SelectField
        id={`${prefix}-minDutchLevel`}
        name="minDutchLevel"
        label={t('offers.form.minDutchLevel')}
        value={fields.minDutchLevel}
        options={[{ value: '', label: t('offers.form.noMinimum') }, ...levels.map((level) => ({ value: level, label: level }))]}
        onChange={set('minDutchLevel')}
        errorMessage={errorOf('minDutchLevel')}
      />
      <TextField id={`${prefix}-minIscedLevel`} name="minIscedLevel" label={t('offers.form.minIscedLevel')} description={t('integration.levels.iscedHelp')} value={fields.minIscedLevel} onChange={set('minIscedLevel')} errorMessage={errorOf('minIscedLevel')} />
      <TextField id={`${prefix}-iscoGroups`} name="iscoGroups" label={t('offers.form.iscoGroups')} description={t('offers.form.iscoGroupsHelp')} value={fields.iscoGroups} onChange={set('iscoGroups')} errorMessage={errorOf('iscoGroups')} />
      <TextField id={`${prefix}-places`} name="places" label={t('offers.form.places')} value={fields.places} onChange={set('places')} errorMessage={errorOf('places')} />
      <CheckboxGroup
        legend={t('offers.form.interests')}
        id={`${prefix}-interest`}
        name="interests"
        options={interestCodes.map((code) => ({ value: code, label: t(`offers.interests.${code}`) }))}
        values={fields.interests}
        onChange={(interests) => setFields((current) => ({ ...current, interests }))}
      />
      {offer ? (
        <FormField type="checkbox" className="rt-field">
          <Checkbox id={`${prefix}-active`} name="active" checked={fields.active} onChange={() => setFields((current) => ({ ...current, active: !current.active }))} />
          <FormLabel htmlFor={`${prefix}-active`} type="checkbox">
            {t('offers.form.active')}
          </FormLabel>
        </FormField>
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {offer ? t('offers.form.saveChange') : t('offers.form.create')}
        </Button>
        {onCancel ? (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
