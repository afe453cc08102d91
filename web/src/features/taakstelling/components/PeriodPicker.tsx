// SPDX-License-Identifier: EUPL-1.2
/** Choose a half-year period: a select with a button (a select must not navigate on change, WCAG 3.2.2). */
import { Button, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type PeriodPickerProps = { periods: string[]; current: string; onChoose: (period: string) => void };

/** The periods that have a national task, newest first. */
export function PeriodPicker({ periods, current, onChoose }: PeriodPickerProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState(current);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(choice);
  };
  return (
    <form className="rt-picker" onSubmit={submit}>
      <FormLabel htmlFor="period-picker">{t('taakstelling.picker.label')}</FormLabel>
      <div className="rt-picker__row">
        <Select id="period-picker" value={choice} onChange={(event) => setChoice(event.target.value)}>
          {[...periods].sort().reverse().map((period) => (
            <SelectOption key={period} value={period}>
              {period}
            </SelectOption>
          ))}
        </Select>
        <Button type="submit" appearance="secondary-action-button">
          {t('taakstelling.picker.submit')}
        </Button>
      </div>
    </form>
  );
}
