// SPDX-License-Identifier: EUPL-1.2
/**
 * The candidates of a scenario: the list (with "take out"), adding a location from the register,
 * and registering a new site as candidate (coordinates typed or clicked on the map).
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatNumber } from '../../../lib/format.ts';
import { paths } from '../../../lib/paths.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchLocations, createLocation } from '../../locations/api/locations-api.ts';
import { LocationForm } from '../../locations/components/LocationForm.tsx';
import { RefusalAlert } from '../../locations/components/RefusalAlert.tsx';
import { emptyLocationForm } from '../../locations/location-form.ts';
import { fetchMunicipalityMap } from '../../regions/api/regions-api.ts';
import { addCandidate, removeCandidate, type WeighingView } from '../api/siting-api.ts';

export type CandidatesSectionProps = { view: WeighingView; editable: boolean; onChange: (view: WeighingView) => void };

/** Candidates: list, add from the register, add a new site. */
export function CandidatesSection({ view, editable, onChange }: CandidatesSectionProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const { id, provinceCode } = view.scenario;
  const [error, setError] = useState<unknown>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const run = async (action: () => Promise<WeighingView>) => {
    setError(null);
    try {
      onChange(await action());
    } catch (caught) {
      setError(caught);
      window.requestAnimationFrame(() => alertRef.current?.focus());
    }
  };
  return (
    <section className="rt-section" aria-labelledby="candidates-heading">
      <Heading level={2} id="candidates-heading">
        {t('siting.candidates.heading', { count: view.candidates.length })}
      </Heading>
      {error ? <RefusalAlert ref={alertRef} error={error} /> : null}
      {view.candidates.length === 0 ? <Paragraph>{t('siting.candidates.none')}</Paragraph> : null}
      <ul className="rt-candidates" data-testid="candidates">
        {view.candidates.map(({ location }) => (
          <li key={location.id} className="rt-candidates__item">
            <AppLink href={paths.location(location.id)}>{location.name}</AppLink>{' '}
            {t('siting.candidates.line', { municipality: location.municipality.name, capacity: formatNumber(location.capacity, language), status: t(`locations.status.${location.status}`) })}
            {editable ? (
              <Button
                type="button"
                appearance="subtle-button"
                className="rt-candidates__remove"
                aria-label={t('siting.candidates.removeNamed', { name: location.name })}
                onClick={() => run(() => removeCandidate(id, location.id))}
              >
                {t('siting.candidates.remove')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <>
          <AddExisting provinceCode={provinceCode} view={view} onAdd={(locationId) => run(() => addCandidate(id, locationId))} />
          <AddNew provinceCode={provinceCode} onAdd={async (locationId) => onChange(await addCandidate(id, locationId))} />
        </>
      ) : null}
    </section>
  );
}

function AddExisting({ provinceCode, view, onAdd }: { provinceCode: string; view: WeighingView; onAdd: (locationId: string) => Promise<void> }) {
  const { t } = useTranslation();
  const locations = useAsync(`locations:province:${provinceCode}`, (signal) => fetchLocations({ province: provinceCode }, signal));
  const taken = new Set(view.candidates.map((c) => c.location.id));
  const options = (locations.data?.items ?? []).filter((l) => !taken.has(l.id));
  const [chosen, setChosen] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const pick = chosen || options[0]?.id;
    if (pick) {
      await onAdd(pick);
      setChosen('');
    }
  };
  if (options.length === 0) {
    return null;
  }
  return (
    <form className="rt-form" onSubmit={submit} aria-labelledby="add-existing-heading" data-testid="add-existing">
      <Heading level={3} id="add-existing-heading">
        {t('siting.candidates.addExisting')}
      </Heading>
      <SelectField
        id="candidate-existing"
        name="locationId"
        label={t('siting.candidates.location')}
        value={chosen || (options[0]?.id ?? '')}
        onChange={setChosen}
        options={options.map((l) => ({ value: l.id, label: `${l.name} (${l.municipality.name})` }))}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button">
          {t('siting.candidates.add')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function AddNew({ provinceCode, onAdd }: { provinceCode: string; onAdd: (locationId: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  const outlines = useAsync(`outlines:${provinceCode}`, (signal) => fetchMunicipalityMap(provinceCode, signal).catch(() => null));
  return (
    <div className="rt-section" data-testid="add-new">
      <Heading level={3}>{t('siting.candidates.addNew')}</Heading>
      <Paragraph>{t('siting.candidates.addNewIntro')}</Paragraph>
      {open ? (
        <LocationForm
          key={round}
          idPrefix="candidate"
          initial={emptyLocationForm}
          municipalities={outlines.data ?? null}
          submitLabel={t('siting.candidates.addNewSubmit')}
          onCancel={() => setOpen(false)}
          onSubmit={async (input) => {
            const created = await createLocation(input);
            await onAdd(created.location.id);
            setRound((value) => value + 1);
            setOpen(false);
          }}
        />
      ) : (
        <Button type="button" appearance="secondary-action-button" onClick={() => setOpen(true)}>
          {t('siting.candidates.addNewStart')}
        </Button>
      )}
    </div>
  );
}
