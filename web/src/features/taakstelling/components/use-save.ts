// SPDX-License-Identifier: EUPL-1.2
/** Shared by the taakstelling's entry forms: a save with busy state, error and status message. */
import { useState } from 'react';
import { ApiError, problemFields } from '../../../lib/api-client.ts';

/** Runs a save with busy and error state; `fieldError` gives the message for a field a refusal names. */
export function useSave() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const run = async (save: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setDone('');
    try {
      setDone(await save());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (field: string) =>
    error instanceof ApiError && problemFields(error.problem).includes(field) ? (error.problem.detail ?? error.problem.title) : undefined;
  return { busy, error, done, run, fieldError };
}
