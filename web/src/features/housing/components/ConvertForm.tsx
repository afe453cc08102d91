// SPDX-License-Identifier: EUPL-1.2
/** Turn a vacant building into a candidate transformation project in one step. */
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { convertBuilding, type Building, type Project } from '../api/housing-api.ts';
import { SelectField } from './SelectField.tsx';

const whole = (text: string) => Math.round(Number(text.trim() || '0'));
const today = () => new Date().toISOString().slice(0, 10);

/** `onSaved` gets the confirmation, which the page keeps while it reloads its data. */
export function ConvertForm({ buildings, onSaved }: { buildings: Building[]; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    buildingId: buildings[0]?.id ?? '',
    name: '',
    homesTotal: '',
    statusHolders: '',
    students: '0',
    starters: '0',
    other: '0',
    rent: '',
    band: 'social',
    initiative: today(),
    delivered: '',
  });
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<Project | null>(null);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setCreated(null);
    try {
      const project = await convertBuilding(values.buildingId, {
        ...(values.name.trim() ? { name: values.name.trim() } : {}),
        ownerKind: 'corporation',
        homesTotal: whole(values.homesTotal),
        homes: { statusHolders: whole(values.statusHolders), students: whole(values.students), starters: whole(values.starters), other: whole(values.other) },
        rentLines: [{ band: values.band as 'social' | 'mid' | 'free', homes: whole(values.homesTotal), rentEur: Number(values.rent.replace(',', '.')) }],
        phases: { initiative: values.initiative.trim(), ...(values.delivered.trim() ? { delivered: values.delivered.trim() } : {}) },
      });
      setCreated(project);
      onSaved(t('housing.convert.done', { name: project.name, persons: project.persons.value ?? '?', formula: project.persons.formula }));
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <form className="rt-form" onSubmit={submit} aria-labelledby="convert-form-heading">
      <Heading level={3} id="convert-form-heading">
        {t('housing.convert.heading')}
      </Heading>
      {error ? <ProblemAlert error={error} /> : null}
      {created ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('housing.convert.done', { name: created.name, persons: created.persons.value ?? '?', formula: created.persons.formula })}</Paragraph>
        </Alert>
      ) : null}
      <SelectField id="convert-building" label={t('housing.convert.building')} value={values.buildingId} options={buildings.map((b) => ({ value: b.id, label: `${b.address} (${b.municipalityName})` }))} onChange={set('buildingId')} />
      <TextField id="convert-name" name="name" label={t('housing.convert.name')} value={values.name} onChange={set('name')} />
      <TextField id="convert-homes" name="homesTotal" label={t('housing.convert.homesTotal')} value={values.homesTotal} onChange={set('homesTotal')} required />
      <TextField id="convert-status-holders" name="statusHolders" label={t('housing.convert.statusHolders')} value={values.statusHolders} onChange={set('statusHolders')} required />
      <TextField id="convert-students" name="students" label={t('housing.convert.students')} value={values.students} onChange={set('students')} />
      <TextField id="convert-starters" name="starters" label={t('housing.convert.starters')} value={values.starters} onChange={set('starters')} />
      <TextField id="convert-other" name="other" label={t('housing.convert.other')} value={values.other} onChange={set('other')} />
      <SelectField
        id="convert-band"
        label={t('housing.convert.band')}
        value={values.band}
        options={(['social', 'mid', 'free'] as const).map((band) => ({ value: band, label: t(`housing.homes.${band}`) }))}
        onChange={set('band')}
      />
      <TextField id="convert-rent" name="rent" label={t('housing.convert.rent')} value={values.rent} onChange={set('rent')} required />
      <TextField id="convert-initiative" name="initiative" label={t('housing.convert.initiative')} description={t('housing.convert.dateHelp')} value={values.initiative} onChange={set('initiative')} required />
      <TextField id="convert-delivered" name="delivered" label={t('housing.convert.delivered')} description={t('housing.convert.dateHelp')} value={values.delivered} onChange={set('delivered')} />
      <Button type="submit" appearance="primary-action-button">
        {t('housing.convert.submit')}
      </Button>
    </form>
  );
}
