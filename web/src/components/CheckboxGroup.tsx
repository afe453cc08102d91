// SPDX-License-Identifier: EUPL-1.2
/** A fieldset of checkboxes with a legend, for choosing several values (interests, themes). */
import { Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel } from '@utrecht/component-library-react';

export type CheckboxGroupProps = {
  legend: string;
  /** Prefix of the checkboxes' ids. */
  id: string;
  name: string;
  options: { value: string; label: string }[];
  values: string[];
  onChange: (values: string[]) => void;
};

export function CheckboxGroup({ legend, id, name, options, values, onChange }: CheckboxGroupProps) {
  const toggle = (value: string) => onChange(values.includes(value) ? values.filter((item) => item !== value) : [...values, value]);
  return (
    <Fieldset>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {options.map((option) => (
        <FormField key={option.value} type="checkbox" className="rt-field">
          <Checkbox id={`${id}-${option.value}`} name={name} value={option.value} checked={values.includes(option.value)} onChange={() => toggle(option.value)} />
          <FormLabel htmlFor={`${id}-${option.value}`} type="checkbox">
            {option.label}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}
