/**
 * Cutting text to a length without cutting a character in two. A cut by UTF-16
 * units can fall between the halves of an emoji (a lone surrogate, which a page
 * shows as "�" and `encodeURIComponent` refuses), between a letter and its accent,
 * or inside a flag: what a reader sees as one character. Cuts fall between
 * grapheme clusters, as a reader counts characters.
 */

let segmenter: Intl.Segmenter | null | undefined;

/**
 * Made when first needed: making one loads the rules for grapheme clusters, about
 * 9 ms, which a program that loads this module but never clips (the CLI's
 * `--explain` on most articles) need not pay at its start.
 */
function graphemeSegmenter(): Intl.Segmenter | null {
  segmenter ??=
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter('en', { granularity: 'grapheme' })
      : null;
  return segmenter;
}

/** The longest start of `text` at most `max` UTF-16 units long that ends between two characters. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const graphemes = graphemeSegmenter();
  if (!graphemes) {
    // Without a segmenter, at least never between the halves of a surrogate pair.
    return text.slice(0, splitsCharacter(text, max) ? max - 1 : max);
  }
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `at` falls between the two halves of one character (half an emoji). */
export function splitsCharacter(text: string, at: number): boolean {
  return (
    at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))
  );
}
