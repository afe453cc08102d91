// SPDX-License-Identifier: EUPL-1.2
/**
 * Renders a component into jsdom without extra test libraries: react-dom plus act(). Components
 * under test get their texts through props (see SortableTable), so no providers are needed.
 */
import type { ReactNode } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// Tells React that updates in tests are wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export type Rendered = {
  container: HTMLElement;
  unmount: () => void;
};

export async function render(ui: ReactNode): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(ui);
  });
  return {
    container,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** Clicks an element inside act(), so React has re-rendered when it returns. */
export async function click(element: Element | null | undefined): Promise<void> {
  if (!(element instanceof HTMLElement)) {
    throw new Error('click: no element');
  }
  await act(async () => {
    element.click();
  });
}

/** The text of every cell in one column of a table body. */
export function columnTexts(table: HTMLTableElement, columnIndex: number): string[] {
  return [...(table.tBodies[0]?.rows ?? [])].map((row) => row.cells[columnIndex]?.textContent?.trim() ?? '');
}
