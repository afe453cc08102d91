// SPDX-License-Identifier: EUPL-1.2
/**
 * A labelled select in NL Design System form-field style, like TextField: an error message is
 * linked with aria-describedby and the select is marked aria-invalid.
 */
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { ChangeEvent } from 'react';

export type SelectFieldProps = {
  id: string;
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  description?: string;
  errorMessage?: string;
};

/** A select with label, description and error message. */
export function SelectField({ id, name, label, value, options, onChange, description, errorMessage }: SelectFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  return (
    <FormField invalid={Boolean(errorMessage)} className="rt-field" data-field={name}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description ? (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {errorMessage ? (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {errorMessage}
        </FormFieldErrorMessage>
      ) : null}
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          name={name}
          value={value}
          invalid={Boolean(errorMessage)}
          aria-invalid={errorMessage ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
        >
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
