/**
 * How wide a timeline label is drawn, measured on a canvas: text metrics need
 * no layout, so measuring a few hundred labels costs the page nothing.
 */

/** The dot, its padding and the " ≈" some labels get, beside the text itself. */
const LABEL_CHROME_PX = 28;

let context: CanvasRenderingContext2D | null | undefined;

/** A measurer for labels in `element`'s font, or null where canvas text is unavailable. */
export function labelWidthMeasurer(element: HTMLElement): ((label: string) => number) | null {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return null;
  const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
  // As `.vis-item` in styles.css: 0.8rem in the page's own font.
  context.font = `${0.8 * rootSize}px ${getComputedStyle(element).fontFamily}`;
  const measuring = context;
  return (label) => measuring.measureText(label).width + LABEL_CHROME_PX;
}
