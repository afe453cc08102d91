// SPDX-License-Identifier: EUPL-1.2
/** A labelled select for the housing forms. */
import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';

export type SelectFieldProps = { id: string; label: string; value: string; options: { value: string; label: string }[]; onChange: (value: string) => void };

export function SelectField({ id, label, value, options, onChange }: SelectFieldProps) {
  return (
    <FormField className="rt-field" data-field={id}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <div className="utrecht-form-field__input">
        <Select id={id} name={id} value={value} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}
