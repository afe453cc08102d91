// SPDX-License-Identifier: EUPL-1.2
/** Filters of the audit trail: table, record id and actor. */
import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField.tsx';
import type { AuditFilter } from '../api/audit-api.ts';

type Field = keyof AuditFilter;
const fields: Field[] = ['table', 'recordId', 'actor'];

/** Calls `onApply` with the filled-in filters (empty ones left out). */
export function AuditFilterForm({ initial, onApply }: { initial: AuditFilter; onApply: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>({
    table: initial.table ?? '',
    recordId: initial.recordId ?? '',
    actor: initial.actor ?? '',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(Object.fromEntries(fields.map((field) => [field, values[field].trim() || undefined])) as AuditFilter);
  };
  const clear = () => {
    setValues({ table: '', recordId: '', actor: '' });
    onApply({});
  };
  return (
    <form className="rt-filter" onSubmit={submit} aria-label={t('audit.filter.label')}>
      <div className="rt-filter__fields">
        {fields.map((field) => (
          <TextField
            key={field}
            id={`audit-${field}`}
            name={field}
            label={t(`audit.filter.${field}`)}
            value={values[field]}
            onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
          />
        ))}
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          {t('audit.filter.apply')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={clear}>
          {t('audit.filter.clear')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
