// SPDX-License-Identifier: EUPL-1.2
/** One button's request: busy while it runs, its error afterwards (null when it succeeded). */
import { useState } from 'react';

export function useAction<Kind extends string = 'default'>() {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** Runs `work`; returns its result, or undefined when it failed (the error is kept). */
  const run = async <T>(work: () => Promise<T>, kind = 'default' as Kind): Promise<T | undefined> => {
    setBusy(kind);
    setError(null);
    try {
      return await work();
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, run };
}
