// SPDX-License-Identifier: EUPL-1.2
/**
 * A household's levels and what matching uses: housing date, Dutch level (A1–B2), civic
 * integration route and level, education level (ISCED 0–8), occupation group (ISCO-08) and
 * interests. Care needs are flags only, never a diagnosis.
 */
import { Button, Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../../components/CheckboxGroup.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { saveIntegrationProfile, type IntegrationProfileInput, type IntegrationRecord } from '../api/integration-api.ts';
import { validateLevels, type FieldErrors } from '../track-form.ts';

const levels = ['A1', 'A2', 'B1', 'B2'] as const;
const routes = ['b1', 'education', 'z'] as const;
export const interestCodes = ['sport', 'culture', 'nature', 'volunteering', 'technology', 'care', 'language_practice'] as const;

type Fields = { housedOn: string; dutchLevel: string; civicIntegrationRoute: string; civicIntegrationLevel: string; iscedLevel: string; iscoGroup: string; interests: string[] };

export type LevelsFormProps = { householdId: string; profile: IntegrationRecord['profile']; onSaved: () => void };

export function LevelsForm({ householdId, profile, onSaved }: LevelsFormProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<Fields>({
    housedOn: profile.housedOn ?? '',
    dutchLevel: profile.dutchLevel ?? '',
    civicIntegrationRoute: profile.civicIntegrationRoute ?? '',
    civicIntegrationLevel: profile.civicIntegrationLevel ?? '',
    iscedLevel: profile.iscedLevel === null ? '' : String(profile.iscedLevel),
    iscoGroup: profile.iscoGroup ?? '',
    interests: profile.interests,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { errorOf, clear, save, busy, general } = useFormProblem(errors);
  const set = (name: keyof Omit<Fields, 'interests'>) => (value: string) => setFields((current) => ({ ...current, [name]: value }));
  const levelOptions = [{ value: '', label: t('integration.levels.notAssessed') }, ...levels.map((level) => ({ value: level, label: level }))];
  const orNull = (value: string) => (value === '' ? null : value);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateLevels(fields);
    setErrors(found);
    clear();
    if (Object.keys(found).length > 0) {
      return;
    }
    await save(async () => {
      await saveIntegrationProfile(householdId, {
        housedOn: orNull(fields.housedOn),
        dutchLevel: orNull(fields.dutchLevel) as IntegrationProfileInput['dutchLevel'],
        civicIntegrationRoute: orNull(fields.civicIntegrationRoute) as IntegrationProfileInput['civicIntegrationRoute'],
        civicIntegrationLevel: orNull(fields.civicIntegrationLevel) as IntegrationProfileInput['civicIntegrationLevel'],
        iscedLevel: fields.iscedLevel.trim() === '' ? null : Number(fields.iscedLevel),
        iscoGroup: orNull(fields.iscoGroup.trim()),
        interests: fields.interests as IntegrationProfileInput['interests'],
      });
      onSaved();
    });
  };

  return (
    <form className="rt-form" onSubmit={(event) => void onSubmit(event)} aria-labelledby="levels-heading" noValidate data-testid="levels-form">
      <Heading level={2} id="levels-heading">
        {t('integration.levels.heading')}
      </Heading>
      {general ? <ProblemAlert error={general} /> : null}
      <TextField id="levels-housedOn" name="housedOn" type="date" label={t('integration.levels.housedOn')} value={fields.housedOn} onChange={set('housedOn')} errorMessage={errorOf('housedOn')} />
      <SelectField id="levels-dutchLevel" name="dutchLevel" label={t('integration.levels.dutchLevel')} value={fields.dutchLevel} options={levelOptions} onChange={set('dutchLevel')} errorMessage={errorOf('dutchLevel')} />
      <SelectField
        id="levels-route"
        name="civicIntegrationRoute"
        label={t('integration.levels.route')}
        value={fields.civicIntegrationRoute}
        options={[{ value: '', label: t('integration.levels.noRoute') }, ...routes.map((route) => ({ value: route, label: t(`integration.routes.${route}`) }))]}
        onChange={set('civicIntegrationRoute')}
        errorMessage={errorOf('civicIntegrationRoute')}
      />
      <SelectField id="levels-routeLevel" name="civicIntegrationLevel" label={t('integration.levels.routeLevel')} value={fields.civicIntegrationLevel} options={levelOptions} onChange={set('civicIntegrationLevel')} errorMessage={errorOf('civicIntegrationLevel')} />
      <TextField id="levels-iscedLevel" name="iscedLevel" label={t('integration.levels.iscedLevel')} description={t('integration.levels.iscedHelp')} value={fields.iscedLevel} onChange={set('iscedLevel')} errorMessage={errorOf('iscedLevel')} />
      <TextField id="levels-iscoGroup" name="iscoGroup" label={t('integration.levels.iscoGroup')} description={t('integration.levels.iscoHelp')} value={fields.iscoGroup} onChange={set('iscoGroup')} errorMessage={errorOf('iscoGroup')} />
      <CheckboxGroup
        legend={t('integration.levels.interests')}
        id="levels-interest"
        name="interests"
        options={interestCodes.map((code) => ({ value: code, label: t(`offers.interests.${code}`) }))}
        values={fields.interests}
        onChange={(interests) => setFields((current) => ({ ...current, interests }))}
      />
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {t('integration.levels.save')}
      </Button>
    </form>
  );
}
