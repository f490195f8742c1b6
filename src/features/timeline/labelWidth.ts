/**
 * How wide a timeline label is drawn, measured on a canvas: text metrics need
 * no layout, so measuring a few hundred labels costs the page nothing.
 *
 * A long label wraps onto more lines instead of running off the timeline's
 * right edge: the latest events' labels are the ones a reader came for, and the
 * longest titles are 80–90 characters. It wraps at a line length comfortable to
 * read (30rem: only the three longest seed titles wrap at 1280 px), or sooner
 * where that would not fit the room a fitted window keeps for a label, but
 * never narrower than 14rem, as a column of two words a line reads worse than
 * a line cut at the edge (on a phone a label gets 2–3 lines).
 */
import { MAX_LABEL_SHARE } from '../../shared/windowFitting';

/** The dot, its padding and the " ≈" some labels get, beside the text itself. */
const LABEL_CHROME_PX = 28;
const MIN_WRAP_REM = 14;
const MAX_WRAP_REM = 30;

/** As `.vis-labelset .vis-label .item-label` in styles.css, and vis's own 5px padding around it. */
const LANE_LABEL_MAX_REM = 13;
const LANE_LABEL_PADDING_REM = 0.8;
const LANE_LABEL_CHROME_PX = 11;

let context: CanvasRenderingContext2D | null | undefined;
/** The font last given to `context`: setting it parses it, and a fitting measures hundreds of labels. */
let contextFont = '';

function rootFontPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize);
}

/** The width, in px, past which a label wraps on a timeline `widthPx` wide. */
export function labelWrapWidthPx(widthPx: number, rootPx: number): number {
  const room = MAX_LABEL_SHARE * widthPx - LABEL_CHROME_PX;
  return Math.max(Math.min(room, MAX_WRAP_REM * rootPx), MIN_WRAP_REM * rootPx);
}

/** Gives the labels in `element` (the timeline) the wrap width for its width. */
export function setLabelWrapWidth(element: HTMLElement, widthPx: number): void {
  element.style.setProperty('--label-wrap-width', `${labelWrapWidthPx(widthPx, rootFontPx())}px`);
}

/** Canvas text metrics in `element`'s font at `sizeRem`, or null where canvas text is unavailable. */
function textMeasurer(element: HTMLElement, sizeRem: number): ((text: string) => number) | null {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return null;
  const measuring = context;
  const font = `${sizeRem * rootFontPx()}px ${getComputedStyle(element).fontFamily}`;
  return (text) => {
    if (contextFont !== font) {
      measuring.font = font;
      contextFont = font;
    }
    return measuring.measureText(text).width;
  };
}

/**
 * How wide vis will draw the column of lane labels, worked out before it has
 * drawn them (0 for none): items are drawn in what is left of the timeline.
 */
export function laneColumnWidthPx(element: HTMLElement, labels: readonly string[]): number {
  if (labels.length === 0) return 0;
  const measure = textMeasurer(element, 0.8);
  if (!measure) return 0;
  const rootPx = rootFontPx();
  const widest = Math.max(...labels.map(measure));
  return (
    Math.min(widest, LANE_LABEL_MAX_REM * rootPx) +
    LANE_LABEL_PADDING_REM * rootPx +
    LANE_LABEL_CHROME_PX
  );
}

/**
 * A measurer for labels in `element`'s font on a timeline `widthPx` wide, or
 * null where canvas text is unavailable. A wrapped label is as wide as its wrap width.
 */
export function labelWidthMeasurer(
  element: HTMLElement,
  widthPx: number,
): ((label: string) => number) | null {
  // As `.vis-item` in styles.css: 0.8rem in the page's own font.
  const measure = textMeasurer(element, 0.8);
  if (!measure) return null;
  const wrapWidth = labelWrapWidthPx(widthPx, rootFontPx());
  return (label) => Math.min(measure(label), wrapWidth) + LABEL_CHROME_PX;
}
