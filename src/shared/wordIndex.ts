/**
 * Every distinct word of the events' search text, with the events it occurs in.
 *
 * A search term never contains whitespace (`queryTerms` splits on it), so a text
 * contains the term exactly when one of its whitespace-separated words does:
 * finding a term means scanning the vocabulary, which grows far more slowly than
 * the text, instead of all the text, and "pak" still finds "pakistan's".
 */
import { entriesContaining, entryOf, joinChunk, type TextChunk } from './textChunks';

const WHITESPACE = /\s+/;

export interface WordIndex {
  /** Adds an event's normalised text. Positions must come in ascending order. */
  add(position: number, text: string): void;
  /**
   * Positions, ascending, of the events added so far whose text contains `term`;
   * with `wholeOnly`, only those where it is a whole word (see `containsWhole`).
   */
  positionsContaining(term: string, wholeOnly?: boolean): number[];
  /** Whether some word holds `term` as a whole word ("jaish" in "jaish-e-mohammed"). */
  hasWhole(term: string): boolean;
  /** Every word so far, with the number of events it occurs in. */
  forEachWord(visit: (word: string, events: number) => void): void;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const isWordCharacter = (c: string | undefined) => c !== undefined && WORD_CHARACTER.test(c);

/**
 * Whether `text` holds `term` with no letter or digit either side: "jaish" is whole
 * in "jaish-e-mohammed" and in "jaish," but not in "jaishankar", and "pakistan" is
 * whole in "pakistan's". A term that starts or ends with punctuation is its own edge.
 */
export function containsWhole(text: string, term: string): boolean {
  const openStart = !isWordCharacter(term[0]);
  const openEnd = !isWordCharacter(term[term.length - 1]);
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (
      (openStart || !isWordCharacter(text[at - 1])) &&
      (openEnd || !isWordCharacter(text[at + term.length]))
    )
      return true;
  }
  return false;
}

export function createWordIndex(): WordIndex {
  const idOfWord = new Map<string, number>();
  /** Per word id: the positions of the events it occurs in, ascending, each once. */
  const postings: number[][] = [];
  /** The vocabulary, in the order of word ids, a chunk per batch of new words. */
  const vocabulary: TextChunk[] = [];
  let newWords: string[] = [];
  let positionsAdded = 0;

  /**
   * Joins the words found since the last search into a vocabulary chunk. The map
   * is then keyed by the chunk's own copies: a word split out of an event's text
   * can be a view into that text, and as a key it would keep all of it alive.
   */
  const sealNewWords = () => {
    if (newWords.length === 0) return;
    const chunk = joinChunk(newWords, postings.length - newWords.length);
    chunk.starts.forEach((_, i) => {
      const word = entryOf(chunk, i);
      idOfWord.delete(word);
      idOfWord.set(word, chunk.first + i);
    });
    vocabulary.push(chunk);
    newWords = [];
  };

  const wordsContaining = (term: string, wholeOnly: boolean) => {
    const ids = vocabulary.flatMap((chunk) => entriesContaining(chunk, term));
    return wholeOnly ? ids.filter((id) => containsWhole(wordOf(id), term)) : ids;
  };
  const wordOf = (id: number) => {
    const chunk = vocabulary.find((c) => id < c.first + c.starts.length)!;
    return entryOf(chunk, id - chunk.first);
  };

  return {
    hasWhole(term) {
      sealNewWords();
      return vocabulary.some((chunk) =>
        entriesContaining(chunk, term).some((id) =>
          containsWhole(entryOf(chunk, id - chunk.first), term),
        ),
      );
    },

    forEachWord(visit) {
      sealNewWords();
      for (const chunk of vocabulary)
        chunk.starts.forEach((_, i) => visit(entryOf(chunk, i), postings[chunk.first + i]!.length));
    },

    add(position, text) {
      positionsAdded = position + 1;
      for (const word of text.split(WHITESPACE)) {
        if (word === '') continue;
        let id = idOfWord.get(word);
        if (id === undefined) {
          id = postings.length;
          idOfWord.set(word, id);
          postings.push([]);
          newWords.push(word);
        }
        const positions = postings[id]!;
        if (positions[positions.length - 1] !== position) positions.push(position);
      }
    },

    positionsContaining(term, wholeOnly = false) {
      sealNewWords();
      const ids = wordsContaining(term, wholeOnly);
      if (ids.length === 0) return [];
      if (ids.length === 1) return [...postings[ids[0]!]!];
      // Many words can hold a short term ("a" is in most of them): mark, then read back in order.
      const marked = new Uint8Array(positionsAdded);
      for (const id of ids) for (const position of postings[id]!) marked[position] = 1;
      const found: number[] = [];
      for (let position = 0; position < marked.length; position++)
        if (marked[position] === 1) found.push(position);
      return found;
    },
  };
}
