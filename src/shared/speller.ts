/**
 * "Did you mean": a term that no event contains is corrected to the nearest word
 * the events do contain ("pompio" → "pompeo", "harboring" → "harbouring"), the
 * fewest edits first, then the word in most events. The words are kept in
 * MiniSearch's radix tree, whose fuzzy lookup visits only the branches within
 * reach of the term instead of measuring every word. Loaded only when a search
 * finds nothing, so it costs the first paint nothing.
 */
import SearchableMap from 'minisearch/SearchableMap';

export interface Speller {
  /** The nearest known word to `term`, or null when none is near enough (or it is known). */
  correct(term: string): string | null;
}

/** Edits allowed: none for a short term (too many words are one edit from "war"), more for a long one. */
function reach(term: string): number {
  if (term.length < 4) return 0;
  return term.length < 8 ? 1 : 2;
}

/** Pieces of a stored word that a reader types as words: "pakistan's" gives "pakistan". */
const PIECES = /[\p{L}\p{N}]+/gu;

export function createSpeller(
  forEachWord: (visit: (word: string, events: number) => void) => void,
): Speller {
  const known = new SearchableMap<number>();
  forEachWord((word, events) => {
    for (const piece of word.match(PIECES) ?? [])
      if (piece.length >= 3) known.update(piece, (n = 0) => n + events);
  });
  return {
    correct(term) {
      const edits = reach(term);
      if (edits === 0 || known.has(term)) return null;
      let best: { word: string; distance: number; events: number } | null = null;
      for (const [word, [events, distance]] of known.fuzzyGet(term, edits)) {
        if (
          !best ||
          distance < best.distance ||
          (distance === best.distance && events > best.events)
        )
          best = { word, distance, events };
      }
      return best?.word ?? null;
    },
  };
}
