/**
 * Many short texts joined into one string, so that finding a term in them is a
 * few native `indexOf` calls rather than one call per text. Both the events'
 * text and the vocabulary of the word index are kept this way.
 */

/** Between two entries: a newline, which no search term contains, so no match spans two entries. */
const SEPARATOR = '\n';

export interface TextChunk {
  readonly text: string;
  /** The number of the chunk's first entry among all entries. */
  readonly first: number;
  /** Where each entry starts in `text`. */
  readonly starts: readonly number[];
}

export function joinChunk(entries: readonly string[], first: number): TextChunk {
  const starts: number[] = [];
  let length = 0;
  for (const entry of entries) {
    starts.push(length);
    length += entry.length + SEPARATOR.length;
  }
  return { text: entries.join(SEPARATOR), first, starts };
}

/** The entry at index `local` of the chunk, without its separator. */
export function entryOf(chunk: TextChunk, local: number): string {
  const next = chunk.starts[local + 1];
  return chunk.text.slice(chunk.starts[local], next === undefined ? undefined : next - 1);
}

/**
 * The numbers (among all entries) of the chunk's entries from `fromLocal` on that
 * contain `term`, ascending: one per entry, however often it matches there.
 */
export function entriesContaining(chunk: TextChunk, term: string, fromLocal = 0): number[] {
  const { text, first, starts } = chunk;
  const found: number[] = [];
  let local = fromLocal;
  const from = starts[fromLocal];
  if (from === undefined) return found;
  for (let at = text.indexOf(term, from); at >= 0;) {
    local = lastStartAtOrBefore(starts, at, local);
    found.push(first + local);
    const next = starts[local + 1];
    at = next === undefined ? -1 : text.indexOf(term, next);
  }
  return found;
}

/** The last i ≥ `from` with starts[i] ≤ at (hits come in order, so the search starts at the last one). */
function lastStartAtOrBefore(starts: readonly number[], at: number, from: number): number {
  let low = from;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}
