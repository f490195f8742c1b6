/**
 * The browser's own modal dialog, opened on mount: it holds focus inside, closes
 * on Escape and gives focus back where it was. Escape closes the dialog alone,
 * not the open event behind it as well.
 */
import { useEffect, useRef } from 'react';

export function useModalDialog(onClose: () => void) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') e.stopPropagation();
    };
    element.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('keydown', onKey);
      if (element.open) element.close();
    };
  }, []);
  useEffect(() => {
    const element = dialog.current;
    element?.addEventListener('close', onClose);
    return () => element?.removeEventListener('close', onClose);
  }, [onClose]);
  return dialog;
}
