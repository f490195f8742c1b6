/**
 * Whether the page is being printed: the printed list of events is rendered only
 * then. The browser says so before it lays out the pages (`beforeprint`, which
 * Ctrl+P and the Print button both raise), and React renders the list at once,
 * inside that event, so the pages have it.
 */
import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting() {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = useCallback(() => window.print(), []);
  return { printing, print };
}
