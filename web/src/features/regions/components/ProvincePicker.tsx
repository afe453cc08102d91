// SPDX-License-Identifier: EUPL-1.2
/**
 * Choose another province. A form with a button rather than a select that navigates on change:
 * changing a select must not move the user to another page (WCAG 3.2.2).
 */
import { Button, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../lib/paths.ts';
import { useRouter } from '../../../lib/router.tsx';
import type { Province } from '../api/regions-api.ts';

/** A province select with a submit button. */
export function ProvincePicker({ provinces, current }: { provinces: Province[]; current: string }) {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const [choice, setChoice] = useState(current);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(paths.province(choice));
  };
  const sorted = [...provinces].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <form className="rt-picker" onSubmit={submit}>
      <FormLabel htmlFor="province-picker">{t('province.picker.label')}</FormLabel>
      <div className="rt-picker__row">
        <Select id="province-picker" value={choice} onChange={(event) => setChoice(event.target.value)}>
          {sorted.map((province) => (
            <SelectOption key={province.code} value={province.code}>
              {province.name}
            </SelectOption>
          ))}
        </Select>
        <Button type="submit" appearance="secondary-action-button">
          {t('province.picker.submit')}
        </Button>
      </div>
    </form>
  );
}
