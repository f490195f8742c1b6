/**
 * Whether the page is being printed: the printed list of events is rendered only
 * then. The browser says so before it lays out the pages (`beforeprint`, which
 * Ctrl+P and the Print button both raise), and React renders the list at once,
 * inside that event, so the pages have it.
 */
import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * About the narrowest printable width, in CSS px, of A4 and US Letter in portrait
 * with the browser's default margins: the timeline is scaled down to it.
 */
const PAPER_WIDTH_PX = 700;

/**
 * vis draws at the screen's width, in pixels, and cannot redraw before the pages
 * are laid out: the timeline is scaled as a whole to fit the paper instead.
 */
function scaleTimelineToPaper(): void {
  const width = document.querySelector('.timeline-region')?.getBoundingClientRect().width ?? 0;
  const scale = width > PAPER_WIDTH_PX ? PAPER_WIDTH_PX / width : 1;
  document.documentElement.style.setProperty('--print-scale', scale.toFixed(3));
}

export function usePrinting() {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => {
      scaleTimelineToPaper();
      flushSync(() => setPrinting(true));
    };
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
