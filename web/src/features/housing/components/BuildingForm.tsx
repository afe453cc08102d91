// SPDX-License-Identifier: EUPL-1.2
/** Add a vacant building: address, place (the municipality follows from it), former use, area. */
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { formerUses } from '../../../../../src/modules/housing/building.schema.ts';
import { createBuilding, type CreateBuildingInput } from '../api/housing-api.ts';
import { SelectField } from './SelectField.tsx';

const decimal = (text: string) => Number(text.trim().replace(',', '.'));

export function BuildingForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ address: '', longitude: '', latitude: '', formerUse: 'office', floorAreaM2: '', owner: '', vacantSince: '' });
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(false);
    const input: CreateBuildingInput = {
      address: values.address,
      longitude: decimal(values.longitude),
      latitude: decimal(values.latitude),
      formerUse: values.formerUse as CreateBuildingInput['formerUse'],
      floorAreaM2: Math.round(decimal(values.floorAreaM2)),
      ...(values.owner.trim() ? { owner: values.owner.trim() } : {}),
      ...(values.vacantSince.trim() ? { vacantSince: values.vacantSince.trim() } : {}),
    };
    try {
      await createBuilding(input);
      setDone(true);
      onSaved();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <form className="rt-form" onSubmit={submit} aria-labelledby="building-form-heading">
      <Heading level={3} id="building-form-heading">
        {t('housing.buildings.add')}
      </Heading>
      {error ? <ProblemAlert error={error} /> : null}
      {done ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('housing.buildings.added')}</Paragraph>
        </Alert>
      ) : null}
      <TextField id="building-address" name="address" label={t('housing.buildings.address')} value={values.address} onChange={set('address')} required />
      <TextField id="building-longitude" name="longitude" label={t('housing.buildings.longitude')} description={t('housing.buildings.coordinatesHelp')} value={values.longitude} onChange={set('longitude')} required />
      <TextField id="building-latitude" name="latitude" label={t('housing.buildings.latitude')} value={values.latitude} onChange={set('latitude')} required />
      <SelectField
        id="building-former-use"
        label={t('housing.buildings.formerUse')}
        value={values.formerUse}
        options={formerUses.map((use) => ({ value: use, label: t(`housing.buildings.use.${use}`) }))}
        onChange={set('formerUse')}
      />
      <TextField id="building-floor-area" name="floorAreaM2" label={t('housing.buildings.floorArea')} value={values.floorAreaM2} onChange={set('floorAreaM2')} required />
      <TextField id="building-owner" name="owner" label={t('housing.buildings.owner')} value={values.owner} onChange={set('owner')} />
      <TextField id="building-vacant-since" name="vacantSince" label={t('housing.buildings.vacantSince')} description={t('housing.convert.dateHelp')} value={values.vacantSince} onChange={set('vacantSince')} />
      <Button type="submit" appearance="primary-action-button">
        {t('housing.buildings.submit')}
      </Button>
    </form>
  );
}
