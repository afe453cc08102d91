// SPDX-License-Identifier: EUPL-1.2
/** The "change this location" button and, once pressed, the form with the location's values. */
import { Button, Heading } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchMunicipalityMap } from '../../regions/api/regions-api.ts';
import { updateLocation, type LocationDetail } from '../api/locations-api.ts';
import { formOf, toUpdateInput } from '../location-form.ts';
import { LocationForm } from './LocationForm.tsx';

/** Shown only to those who may edit the location. */
export function LocationEditor({ detail, onSaved }: { detail: LocationDetail; onSaved: (detail: LocationDetail) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const province = detail.location.municipality.provinceCode;
  return (
    <section className="rt-section" aria-labelledby="edit-heading">
      <Heading level={2} id="edit-heading">
        {t('locations.edit.heading')}
      </Heading>
      {editing ? (
        <EditForm detail={detail} province={province} onDone={() => setEditing(false)} onSaved={onSaved} />
      ) : (
        <Button type="button" appearance="secondary-action-button" onClick={() => setEditing(true)}>
          {t('locations.edit.start')}
        </Button>
      )}
    </section>
  );
}

type EditFormProps = { detail: LocationDetail; province: string; onDone: () => void; onSaved: (detail: LocationDetail) => void };

function EditForm({ detail, province, onDone, onSaved }: EditFormProps) {
  const { t } = useTranslation();
  const outlines = useAsync(`outlines:${province}`, (signal) => fetchMunicipalityMap(province, signal).catch(() => null));
  return (
    <LocationForm
      idPrefix="edit-location"
      initial={formOf(detail.location)}
      municipalities={outlines.data ?? null}
      submitLabel={t('locations.edit.submit')}
      onCancel={onDone}
      onSubmit={async (input) => {
        onSaved(await updateLocation(detail.location.id, toUpdateInput(input)));
        onDone();
      }}
    />
  );
}
