/**
 * Text widths from canvas metrics: they need no layout, so measuring a few
 * hundred labels costs the page nothing. Shared by the timeline and the aligned
 * view, which both stack labels by how wide they are drawn.
 */
let context: CanvasRenderingContext2D | null | undefined;
/** The font last given to `context`: setting it parses it, and a fitting measures hundreds of labels. */
let contextFont = '';

export function rootFontPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize);
}

/**
 * A measurer for text `fontRem` high in `element`'s font family, or null where
 * canvas text is unavailable (jsdom; some privacy modes).
 */
export function textMeasurer(
  element: HTMLElement,
  fontRem: number,
  rootPx = rootFontPx(),
): ((text: string) => number) | null {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return null;
  const measuring = context;
  const font = `${fontRem * rootPx}px ${getComputedStyle(element).fontFamily}`;
  return (text) => {
    if (contextFont !== font) {
      measuring.font = font;
      contextFont = font;
    }
    return measuring.measureText(text).width;
  };
}
