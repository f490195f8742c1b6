/**
 * How wide a timeline label is drawn, measured on a canvas (../measureText.ts).
 *
 * A long label wraps onto more lines instead of running off the timeline's
 * right edge: the latest events' labels are the ones a reader came for, and the
 * longest titles are 80–90 characters. It wraps at a line length comfortable to
 * read (30rem), or sooner where that would not fit the room a fitted window
 * keeps for a label (a smaller share of the axis is then spent past the latest
 * event), but never narrower than 11rem, as a column of two words a line reads
 * worse than a line cut at the edge (on a phone a label gets 3–4 lines).
 */
import { MAX_LABEL_SHARE } from '../../shared/windowFitting';
import { rootFontPx, textMeasurer } from '../measureText';

/** Item and lane labels' font size, as `.vis-item` and `.vis-labelset .vis-label` in styles.css. */
const LABEL_FONT_REM = 0.8;
/** The dot, its padding and the " ≈" some labels get, beside the text itself. */
const LABEL_CHROME_PX = 28;
const MIN_WRAP_REM = 11;
const MAX_WRAP_REM = 30;

/**
 * Lane labels wrap at a quarter of the timeline, between 6rem and 13rem: on a
 * phone a fixed 13rem column left the items less than half of the width.
 */
const LANE_LABEL_SHARE = 0.25;
const LANE_LABEL_MIN_REM = 6;
const LANE_LABEL_MAX_REM = 13;
/** As `.vis-labelset .vis-label .item-label`'s padding in styles.css, and vis's own 5px around it. */
const LANE_LABEL_PADDING_REM = 0.8;
const LANE_LABEL_CHROME_PX = 11;

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

/** The least room a label is given (windowFitting's minLabelPx): its narrowest wrap, and its mark. */
export function labelRoomFloorPx(rootPx = rootFontPx()): number {
  return MIN_WRAP_REM * rootPx + LABEL_CHROME_PX;
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
  const measure = laneLabels.length > 0 ? textMeasurer(element, LABEL_FONT_REM, rootPx) : null;
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
  const measure = textMeasurer(element, LABEL_FONT_REM, rootPx);
  if (!measure) return null;
  const wrapWidth = labelWrapWidthPx(widthPx, rootPx);
  return (label) => Math.min(measure(label), wrapWidth) + LABEL_CHROME_PX;
}
