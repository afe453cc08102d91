// SPDX-License-Identifier: EUPL-1.2
/**
 * Register or change a location: name, place (latitude and longitude typed, or clicked on the
 * map), kind, building, capacity, planned period, owner, operator and costs. The municipality
 * follows from the coordinates on the server; a refusal names the field at fault.
 */
import { Button, ButtonGroup, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { lazy, Suspense, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { ApiError, problemFields } from '../../../lib/api-client.ts';
import type { MunicipalityMap } from '../../regions/api/regions-api.ts';
import type { CreateLocationInput } from '../api/locations-api.ts';
import { parseLocationForm, parseNumber, type LocationFormField, type LocationFormValues } from '../location-form.ts';
import { RefusalAlert } from './RefusalAlert.tsx';

const PointPicker = lazy(() => import('./PointPicker.tsx'));

const kinds = ['emergency', 'structural', 'other'] as const;
const buildingTypes = ['office', 'school', 'church', 'sports_hall', 'pavilion', 'new_build', 'hotel', 'holiday_park', 'barracks', 'container_homes', 'other'] as const;

export type LocationFormProps = {
  /** Prefix of the field ids, so two forms can share a page. */
  idPrefix: string;
  initial: LocationFormValues;
  municipalities: MunicipalityMap | null;
  submitLabel: string;
  onSubmit: (input: CreateLocationInput) => Promise<void>;
  onCancel?: () => void;
};

/** The location fields with a map to pick the place. */
export function LocationForm({ idPrefix, initial, municipalities, submitLabel, onSubmit, onCancel }: LocationFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<LocationFormValues>(initial);
  const [localInvalid, setLocalInvalid] = useState<LocationFormField[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const serverInvalid = error instanceof ApiError ? problemFields(error.problem) : [];
  const invalid = new Set<string>([...localInvalid, ...serverInvalid]);
  const set = (field: LocationFormField) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const latitude = parseNumber(values.latitude);
  const longitude = parseNumber(values.longitude);
  const point = latitude !== undefined && longitude !== undefined && !Number.isNaN(latitude) && !Number.isNaN(longitude) ? { latitude, longitude } : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const parsed = parseLocationForm(values);
    if (!parsed.ok) {
      setLocalInvalid(parsed.invalid);
      return;
    }
    setLocalInvalid([]);
    setBusy(true);
    try {
      await onSubmit(parsed.input);
    } catch (caught) {
      setError(caught);
      window.requestAnimationFrame(() => alertRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  const text = (field: LocationFormField, extra: { description?: string; required?: boolean; multiline?: boolean } = {}) => (
    <TextField
      id={`${idPrefix}-${field}`}
      name={field}
      label={t(`locations.fields.${field}`)}
      value={values[field]}
      onChange={set(field)}
      errorMessage={invalid.has(field) ? t('locations.form.invalid') : undefined}
      {...extra}
    />
  );

  return (
    <form className="rt-form rt-form--wide" onSubmit={submit} noValidate data-testid={`${idPrefix}-form`}>
      {error ? <RefusalAlert ref={alertRef} error={error} /> : null}
      {text('name', { required: true })}
      {text('address')}
      <Fieldset>
        <FieldsetLegend>{t('locations.form.place')}</FieldsetLegend>
        <p className="rt-form__hint">{t('locations.form.placeHint')}</p>
        <div className="rt-form__row">
          {text('latitude', { required: true, description: t('locations.form.latitudeHint') })}
          {text('longitude', { required: true, description: t('locations.form.longitudeHint') })}
        </div>
        <Suspense fallback={<Loading label={t('map.loading')} />}>
          <PointPicker
            municipalities={municipalities}
            point={point}
            label={t('locations.form.mapLabel')}
            onPick={(picked) => setValues((current) => ({ ...current, latitude: String(picked.latitude), longitude: String(picked.longitude) }))}
          />
        </Suspense>
      </Fieldset>
      <div className="rt-form__row">
        <SelectField
          id={`${idPrefix}-kind`}
          name="kind"
          label={t('locations.fields.kind')}
          value={values.kind}
          onChange={set('kind')}
          options={kinds.map((kind) => ({ value: kind, label: t(`locations.kind.${kind}`) }))}
        />
        <SelectField
          id={`${idPrefix}-buildingType`}
          name="buildingType"
          label={t('locations.fields.buildingType')}
          value={values.buildingType}
          onChange={set('buildingType')}
          options={buildingTypes.map((type) => ({ value: type, label: t(`locations.building.${type}`) }))}
        />
      </div>
      {text('capacity', { required: true, description: t('locations.form.capacityHint') })}
      <div className="rt-form__row">
        {text('plannedFrom', { description: t('locations.form.dateHint') })}
        {text('plannedUntil', { description: t('locations.form.dateHint') })}
      </div>
      <div className="rt-form__row">
        {text('owner')}
        {text('operator')}
      </div>
      <div className="rt-form__row">
        {text('oneOffCostEur', { description: t('locations.form.euroHint') })}
        {text('yearlyCostEur', { description: t('locations.form.euroHint') })}
      </div>
      {text('costSource', { description: t('locations.form.costSourceHint') })}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {submitLabel}
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
