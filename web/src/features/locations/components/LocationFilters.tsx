// SPDX-License-Identifier: EUPL-1.2
/** Filters of the register: status, kind and municipality. The list and the map follow them. */
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField.tsx';
import type { LocationListQuery } from '../api/locations-api.ts';
import { statusOrder } from '../status.ts';

const kinds = ['emergency', 'structural', 'other'] as const;

export type LocationFiltersProps = {
  initial: LocationListQuery;
  municipalities: { code: string; name: string }[];
  onApply: (query: LocationListQuery) => void;
};

/** Calls `onApply` with the chosen filters ("all" left out). */
export function LocationFilters({ initial, municipalities, onApply }: LocationFiltersProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>(initial.status ?? '');
  const [kind, setKind] = useState<string>(initial.kind ?? '');
  const [municipality, setMunicipality] = useState<string>(initial.municipality ?? '');
  const all = { value: '', label: t('locations.filter.all') };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      ...(status ? { status: status as LocationListQuery['status'] } : {}),
      ...(kind ? { kind: kind as LocationListQuery['kind'] } : {}),
      ...(municipality ? { municipality } : {}),
    });
  };
  return (
    <form className="rt-filter" onSubmit={submit} aria-label={t('locations.filter.label')} data-testid="location-filters">
      <div className="rt-filter__fields">
        <SelectField
          id="filter-status"
          name="status"
          label={t('locations.fields.status')}
          value={status}
          onChange={setStatus}
          options={[all, ...statusOrder.map((value) => ({ value, label: t(`locations.status.${value}`) }))]}
        />
        <SelectField
          id="filter-kind"
          name="kind"
          label={t('locations.fields.kind')}
          value={kind}
          onChange={setKind}
          options={[all, ...kinds.map((value) => ({ value, label: t(`locations.kind.${value}`) }))]}
        />
        <SelectField
          id="filter-municipality"
          name="municipality"
          label={t('locations.fields.municipality')}
          value={municipality}
          onChange={setMunicipality}
          options={[all, ...municipalities.map((m) => ({ value: m.code, label: m.name }))]}
        />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          {t('locations.filter.apply')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
