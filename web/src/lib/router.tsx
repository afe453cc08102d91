// SPDX-License-Identifier: EUPL-1.2
/**
 * A small router on the history API (the app has a handful of pages, no router package needed).
 * After each navigation the focus moves to the main content, so screen-reader and keyboard users
 * start on the new page instead of on the link they left.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

type RouterValue = {
  /** The current path, e.g. /gemeenten/GM0344. */
  pathname: string;
  /** The current query string including `?`, or ''. */
  search: string;
  navigate: (href: string, options?: { replace?: boolean }) => void;
};

const RouterContext = createContext<RouterValue | null>(null);

function currentLocation(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/** Provides the current location; follows the browser's back and forward buttons. */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(currentLocation);

  useEffect(() => {
    const onPopState = () => setLocation(currentLocation());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((href: string, options: { replace?: boolean } = {}) => {
    if (options.replace) {
      window.history.replaceState(null, '', href);
    } else {
      window.history.pushState(null, '', href);
      window.scrollTo(0, 0);
    }
    setLocation(currentLocation());
    focusMain();
  }, []);

  const value = useMemo<RouterValue>(() => {
    const url = new URL(location, window.location.origin);
    return { pathname: url.pathname, search: url.search, navigate };
  }, [location, navigate]);

  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

/** The router of the surrounding RouterProvider. */
export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) {
    throw new Error('useRouter must be used inside RouterProvider');
  }
  return value;
}

/** Whether a click is a plain left click; others (new tab, download) are left to the browser. */
export function isPlainLeftClick(event: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

function focusMain(): void {
  // Wait for the new page to render before moving focus.
  window.requestAnimationFrame(() => {
    document.getElementById('main-content')?.focus({ preventScroll: true });
  });
}
