// SPDX-License-Identifier: EUPL-1.2
/**
 * The messages of a form at its fields: first the form's own checks (translation keys per field),
 * then the server's problem, whose `field` (and validation `errors`) name the field at fault. A
 * problem that names no field of the form is `general`, shown above the form.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemFields } from './api-client.ts';

export type FormProblem = {
  /** The message for a field, or undefined. */
  errorOf: (name: string) => string | undefined;
  /** Remembers a failed save. */
  fail: (error: unknown) => void;
  clear: () => void;
  /** Runs a save: marks the form busy, forgets the last problem, remembers a new one. */
  save: (action: () => Promise<void>) => Promise<void>;
  /** Whether a save is running (its button is then disabled). */
  busy: boolean;
  /** The failure that names no field, for an alert above the form. */
  general: unknown;
};

export function useFormProblem(localErrors: Partial<Record<string, string>> = {}): FormProblem {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<{ error: unknown; fields: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const fail = (error: unknown) => setProblem({ error, fields: error instanceof ApiError ? problemFields(error.problem) : [] });
  const errorOf = (name: string) => {
    const key = localErrors[name];
    if (key) {
      return t(key);
    }
    const named = problem?.fields.some((field) => field === name || field.startsWith(`${name}.`));
    return named && problem?.error instanceof ApiError ? problem.error.problem.title : undefined;
  };
  return {
    errorOf,
    fail,
    clear: () => setProblem(null),
    save: async (action) => {
      setBusy(true);
      setProblem(null);
      try {
        await action();
      } catch (error) {
        fail(error);
      } finally {
        setBusy(false);
      }
    },
    busy,
    general: problem && problem.fields.length === 0 ? problem.error : null,
  };
}
