// SPDX-License-Identifier: EUPL-1.2
/**
 * A labelled text input in NL Design System form-field style. An error message is linked to the
 * input with aria-describedby and the input is marked aria-invalid, so the field at fault is
 * announced and visible.
 */
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea, Textbox } from '@utrecht/component-library-react';
import type { ChangeEvent } from 'react';

export type TextFieldProps = {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'date' | 'number';
  autoComplete?: string;
  description?: string;
  errorMessage?: string;
  required?: boolean;
  multiline?: boolean;
  maxLength?: number;
};

/** A text input or textarea with label, description and error message. */
export function TextField(props: TextFieldProps) {
  const { id, name, label, value, onChange, description, errorMessage, required } = props;
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    value,
    required,
    invalid: Boolean(errorMessage),
    'aria-invalid': errorMessage ? true : undefined,
    'aria-describedby': describedBy,
    maxLength: props.maxLength,
  };
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
        {props.multiline ? (
          <Textarea {...common} rows={4} onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)} />
        ) : (
          <Textbox
            {...common}
            type={props.type ?? 'text'}
            autoComplete={props.autoComplete}
            onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
          />
        )}
      </div>
    </FormField>
  );
}
