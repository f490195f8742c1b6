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
 * What is left of the shorter of the two pages (Letter) under the title and the
 * count: a timeline taller than this, kept whole, went to page 2 and left page 1
 * blank but for the title.
 */
const FIRST_PAGE_ROOM_PX = 850;
/** Below this the labels are too small to read: the timeline runs on over pages instead. */
const SMALLEST_SCALE = 0.5;

/**
 * vis draws at the screen's width, in pixels, and cannot redraw before the pages
 * are laid out: the timeline is scaled as a whole to fit the paper instead, and to
 * fit the first page when that leaves it readable.
 */
export function printScale(box: { width: number; height: number }): {
  scale: number;
  whole: boolean;
} {
  const toWidth = box.width > PAPER_WIDTH_PX ? PAPER_WIDTH_PX / box.width : 1;
  const toPage =
    box.height * toWidth > FIRST_PAGE_ROOM_PX ? FIRST_PAGE_ROOM_PX / box.height : toWidth;
  return toPage >= SMALLEST_SCALE
    ? { scale: Math.min(toWidth, toPage), whole: true }
    : { scale: toWidth, whole: false };
}

function scaleTimelineToPaper(): void {
  const region = document.querySelector('.timeline-region');
  const { scale, whole } = printScale(region?.getBoundingClientRect() ?? { width: 0, height: 0 });
  const root = document.documentElement.style;
  root.setProperty('--print-scale', scale.toFixed(3));
  root.setProperty('--print-break', whole ? 'avoid' : 'auto');
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
