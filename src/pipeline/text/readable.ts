/**
 * The one normalisation the pipeline reads text through. Invisible characters must
 * not change what the text says: a zero-width space or soft hyphen inside "March
 * 1<U+200B>7" or inside a known name would otherwise split the number or the name, and a
 * right-to-left override would reach a title. The stages read a copy with
 * - format characters (zero-width spaces, soft hyphens, word joiners, byte-order
 *   marks, bidi controls and marks) taken out, except the zero-width joiner and
 *   non-joiner, which shape the letters of Persian and Indic words and are taken
 *   out only between Latin letters and digits, where they can only hide;
 * - every no-break or typographic space made a plain space (one unit for one, so
 *   nothing moves).
 * What they find is mapped back: offsets always point into the verbatim text, and
 * an excerpt is the verbatim text there, invisible characters and all.
 */
import { clipText } from '../../shared/clipText';
import { MAX_TITLE_LENGTH } from '../../shared/schema';

/** Format characters (Unicode Cf) but the two joiners; and the joiners where they can only hide. */
const INVISIBLE = /(?![\u200C\u200D])\p{Cf}|(?<=[A-Za-z0-9])[\u200C\u200D]+(?=[A-Za-z0-9])/gu;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

export interface ReadableText {
  /** The text the stages read. */
  text: string;
  /** Whether it differs from the original at all (a space made plain, a character taken out). */
  changed: boolean;
  /** The original range of the reading text's [start, end). */
  toOriginal(start: number, end: number): [start: number, end: number];
}

/** The number of units removed at reading positions at or before `at` (positions sorted). */
function removedUpTo(positions: readonly number[], totals: readonly number[], at: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (positions[mid]! <= at) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? 0 : totals[low - 1]!;
}

export function readableText(original: string): ReadableText {
  const spaced = original.replace(SPACES, ' ');
  // Where, in the reading text, each run was taken out, and how much had been by then.
  const positions: number[] = [];
  const totals: number[] = [];
  let removed = 0;
  const text = spaced.replace(INVISIBLE, (match, ...rest) => {
    const offset = rest.at(-2) as number;
    const at = offset - removed;
    removed += match.length;
    if (positions.at(-1) === at) totals[totals.length - 1] = removed;
    else {
      positions.push(at);
      totals.push(removed);
    }
    return '';
  });
  return {
    text,
    changed: text !== original,
    toOriginal: (start, end) =>
      removed === 0
        ? [start, end]
        : [
            start + removedUpTo(positions, totals, start),
            // The end is one past the range's last unit: after that unit, not after what follows it.
            end > start ? end - 1 + removedUpTo(positions, totals, end - 1) + 1 : start,
          ],
  };
}

/**
 * A title as the file may carry it: no bidi controls or other invisible characters
 * (a right-to-left override would show the words reversed in the tab, the share
 * pages and the exports), one space for any run of spaces, and no longer than the
 * schema allows (a name in the text may be any length): cut at a word, or at least
 * between characters, with an ellipsis.
 */
export function plainTitle(title: string): string {
  const plain = title
    .replace(SPACES, ' ')
    .replace(/\p{Cf}/gu, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  if (plain.length <= MAX_TITLE_LENGTH) return plain;
  const cut = clipText(plain, MAX_TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
