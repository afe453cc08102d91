// SPDX-License-Identifier: EUPL-1.2
/**
 * Page-level signals: the document title, and the readiness flag that browser tests wait for
 * (`<html data-ready="true">` once a page has its data and, on map pages, its first drawn map).
 */
import { useEffect } from 'react';

/** Marks the page ready (or not). Leaving the page resets the flag. */
export function useReadySignal(ready: boolean): void {
  useEffect(() => {
    document.documentElement.dataset.ready = ready ? 'true' : 'false';
    return () => {
      document.documentElement.dataset.ready = 'false';
    };
  }, [ready]);
}

/** Sets the document title as "<page> - Regietafel", so every page has a unique, meaningful title. */
export function useDocumentTitle(pageTitle: string | undefined): void {
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} - Regietafel` : 'Regietafel';
  }, [pageTitle]);
}
