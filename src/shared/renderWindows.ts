/**
 * Which stretch of a long text to put on the page, and which part of a long
 * list. Rendering all of a 50 MB article, or 20,000 checkboxes, freezes the page
 * for minutes; a window of either costs the same whatever the whole.
 */
import { splitsCharacter } from './clipText';

/** The reader's window: this many characters either side of the excerpt, then more on request. */
export const TEXT_WINDOW = 20_000;

/**
 * Moves a cut to the nearest white space within a short reach, so no word is split;
 * with none there, at least off the middle of a character (half an emoji shows as "�").
 */
function snap(text: string, at: number, direction: -1 | 1): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  for (let i = 0; i < 200; i++) {
    const j = at + direction * i;
    if (j <= 0 || j >= text.length) return Math.max(0, Math.min(j, text.length));
    if (/\s/.test(text[j]!)) return j;
  }
  return splitsCharacter(text, at) ? at + direction : at;
}

export interface TextRange {
  start: number;
  end: number;
}

/** The first window: the excerpt with `TEXT_WINDOW` characters either side. */
export function windowAround(text: string, offset: number, length: number): TextRange {
  return {
    start: snap(text, offset - TEXT_WINDOW, -1),
    end: snap(text, offset + length + TEXT_WINDOW, 1),
  };
}

/** The window widened by `TEXT_WINDOW` on one side. */
export function widen(text: string, range: TextRange, side: 'before' | 'after'): TextRange {
  return side === 'before'
    ? { ...range, start: snap(text, range.start - TEXT_WINDOW, -1) }
    : { ...range, end: snap(text, range.end + TEXT_WINDOW, 1) };
}

/** Lists longer than this are searched, not shown whole. */
export const LIST_WINDOW = 100;

/**
 * The actors a filter list shows: every chosen one, then the best matches for the
 * words typed (most events first), up to `limit`. `total` is how many match.
 */
export function listWindow<T extends { id: string; name: string }>(
  items: readonly T[],
  chosen: readonly string[],
  query: string,
  weight: (item: T) => number,
  limit = LIST_WINDOW,
): { shown: T[]; total: number } {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = items.filter((item) => {
    const name = item.name.toLowerCase();
    return words.every((w) => name.includes(w));
  });
  const picked = new Set(chosen);
  const best = matches
    .filter((item) => !picked.has(item.id))
    .sort((a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name))
    .slice(0, limit);
  return {
    shown: [...items.filter((item) => picked.has(item.id)), ...best],
    total: matches.length,
  };
}
