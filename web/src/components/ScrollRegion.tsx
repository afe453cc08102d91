// SPDX-License-Identifier: EUPL-1.2
/**
 * A horizontally scrolling box for wide tables on narrow screens. When its content overflows it
 * becomes a focusable, labelled region, so keyboard users can scroll it too (WCAG 2.1.1).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export type ScrollRegionProps = { label: string; children: ReactNode };

/** Wraps a wide table; focusable only while it actually scrolls. */
export function ScrollRegion({ label, children }: ScrollRegionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflowing, setOverflowing] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) {
      return;
    }
    const check = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') {
      return;
    }
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) {
      observer.observe(element.firstElementChild);
    }
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      className="rt-table__scroll"
      {...(overflowing ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
