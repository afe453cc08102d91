// SPDX-License-Identifier: EUPL-1.2
/** Opens a <dialog> as a modal while `open` is true and closes it when it turns false. */
import { useEffect, useRef, type RefObject } from 'react';

export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) {
      return;
    }
    if (open && !dialog.open) {
      // jsdom has no showModal; the attribute keeps the dialog testable there.
      if (typeof dialog.showModal === 'function') {
        dialog.showModal();
      } else {
        dialog.setAttribute('open', '');
      }
    }
    if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  return ref;
}
