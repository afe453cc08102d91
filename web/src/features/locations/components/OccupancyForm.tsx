// SPDX-License-Identifier: EUPL-1.2
/**
 * Record how many persons stayed on a date. More persons than places is recorded and flagged
 * (the warning is shown); a closed location refuses the count with the reason.
 */
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField.tsx';
import { ApiError, problemFields } from '../../../lib/api-client.ts';
import { recordOccupancy } from '../api/locations-api.ts';
import { parseNumber } from '../location-form.ts';
import { RefusalAlert } from './RefusalAlert.tsx';

export type OccupancyFormProps = { locationId: string; capacity: number; today: string; onSaved: () => void };

/** The "new count" form of a location page. */
export function OccupancyForm({ locationId, capacity, today, onSaved }: OccupancyFormProps) {
  const { t } = useTranslation();
  const [countedOn, setCountedOn] = useState(today);
  const [persons, setPersons] = useState('');
  const [sourceReference, setSourceReference] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [flagged, setFlagged] = useState<{ persons: number; capacity: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const invalid = error instanceof ApiError ? problemFields(error.problem) : [];
  const [localInvalid, setLocalInvalid] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setFlagged(null);
    const count = parseNumber(persons);
    if (count === undefined || Number.isNaN(count)) {
      setLocalInvalid(true);
      return;
    }
    setLocalInvalid(false);
    setBusy(true);
    try {
      const result = await recordOccupancy(locationId, { countedOn, persons: count, ...(sourceReference.trim() ? { sourceReference: sourceReference.trim() } : {}) });
      if (result.occupancy.aboveCapacity) {
        setFlagged({ persons: result.occupancy.persons, capacity: result.occupancy.capacityAtCount });
      }
      setPersons('');
      onSaved();
    } catch (caught) {
      setError(caught);
      window.requestAnimationFrame(() => alertRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="rt-form" onSubmit={submit} noValidate aria-labelledby="occupancy-form-heading" data-testid="occupancy-form">
      <Heading level={3} id="occupancy-form-heading">
        {t('locations.occupancy.formHeading')}
      </Heading>
      {error ? <RefusalAlert ref={alertRef} error={error} /> : null}
      {flagged ? (
        <Alert type="warning" className="rt-alert" data-testid="above-capacity">
          <Paragraph>{t('locations.occupancy.aboveCapacity', { persons: flagged.persons, capacity: flagged.capacity })}</Paragraph>
        </Alert>
      ) : null}
      <TextField
        id="occupancy-countedOn"
        name="countedOn"
        label={t('locations.occupancy.countedOn')}
        description={t('locations.form.dateHint')}
        value={countedOn}
        onChange={setCountedOn}
        errorMessage={invalid.includes('countedOn') ? t('locations.form.invalid') : undefined}
      />
      <TextField
        id="occupancy-persons"
        name="persons"
        label={t('locations.occupancy.persons')}
        description={t('locations.occupancy.personsHint', { capacity })}
        value={persons}
        onChange={setPersons}
        errorMessage={localInvalid || invalid.includes('persons') ? t('locations.form.invalid') : undefined}
      />
      <TextField
        id="occupancy-source"
        name="sourceReference"
        label={t('locations.occupancy.source')}
        description={t('locations.occupancy.sourceHint')}
        value={sourceReference}
        onChange={setSourceReference}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('locations.occupancy.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
