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

/** Item and lane labels' font size, as `.vis-item` and `.vis-labelset .vis-label` in styles.css. */
const LABEL_FONT_REM = 0.8;
/** The dot, its padding and the " ≈" some labels get, beside the text itself. */
const LABEL_CHROME_PX = 28;
const MIN_WRAP_REM = 14;
const MAX_WRAP_REM = 30;

/**
 * Lane labels wrap at a quarter of the timeline, between 6rem and 13rem: on a
 * phone a 13rem column left the items 40% of the width.
 */
const LANE_LABEL_SHARE = 0.25;
const LANE_LABEL_MIN_REM = 6;
const LANE_LABEL_MAX_REM = 13;
/** As `.vis-labelset .vis-label .item-label`'s padding in styles.css, and vis's own 5px around it. */
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

/** The width, in px, past which a lane label wraps on a timeline `canvasPx` wide. */
export function laneLabelWrapWidthPx(canvasPx: number, rootPx: number): number {
  const share = LANE_LABEL_SHARE * canvasPx;
  return Math.min(Math.max(share, LANE_LABEL_MIN_REM * rootPx), LANE_LABEL_MAX_REM * rootPx);
}

/** Canvas text metrics for labels in `element`'s font, or null where canvas text is unavailable. */
function textMeasurer(element: HTMLElement, rootPx: number): ((text: string) => number) | null {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return null;
  const measuring = context;
  const font = `${LABEL_FONT_REM * rootPx}px ${getComputedStyle(element).fontFamily}`;
  return (text) => {
    if (contextFont !== font) {
      measuring.font = font;
      contextFont = font;
    }
    return measuring.measureText(text).width;
  };
}

/**
 * Sizes the labels of the timeline `element`, `canvasPx` wide, with these lane
 * labels (none without lanes), and returns the width its items are drawn in:
 * the canvas less the column vis will draw the lane labels in. Worked out from
 * the text, before vis has drawn the lanes, so that a window placed in the same
 * commit already leaves the latest labels their room.
 */
export function layOutLabels(
  element: HTMLElement,
  canvasPx: number,
  laneLabels: readonly string[],
): number {
  const rootPx = rootFontPx();
  const laneWrap = laneLabelWrapWidthPx(canvasPx, rootPx);
  const measure = laneLabels.length > 0 ? textMeasurer(element, rootPx) : null;
  const column = measure
    ? Math.min(Math.max(...laneLabels.map(measure)), laneWrap) +
      LANE_LABEL_PADDING_REM * rootPx +
      LANE_LABEL_CHROME_PX
    : 0;
  const itemsPx = Math.max(0, canvasPx - column);
  element.style.setProperty('--lane-label-wrap-width', `${laneWrap}px`);
  element.style.setProperty('--label-wrap-width', `${labelWrapWidthPx(itemsPx, rootPx)}px`);
  return itemsPx;
}

/**
 * A measurer for labels in `element`'s font on a timeline `widthPx` wide, or
 * null where canvas text is unavailable. A wrapped label is as wide as its wrap width.
 */
export function labelWidthMeasurer(
  element: HTMLElement,
  widthPx: number,
): ((label: string) => number) | null {
  const rootPx = rootFontPx();
  const measure = textMeasurer(element, rootPx);
  if (!measure) return null;
  const wrapWidth = labelWrapWidthPx(widthPx, rootPx);
  return (label) => Math.min(measure(label), wrapWidth) + LABEL_CHROME_PX;
}
