// SPDX-License-Identifier: EUPL-1.2
/** Tells the page once a section's data has arrived or failed, so the page can signal readiness. */
import { useEffect } from 'react';

/** Calls `onSettled` when `status` leaves 'loading' (and again after a reload settles). */
export function useSettled(status: 'loading' | 'done' | 'failed', onSettled: () => void): void {
  const settled = status !== 'loading';
  useEffect(() => {
    if (settled) {
      onSettled();
    }
  }, [settled, onSettled]);
}
