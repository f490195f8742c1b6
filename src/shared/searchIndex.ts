/**
 * Search over the events' text (title and excerpts, and the names of the actors
 * they involve, so "JeM" finds what names Jaish-e-Mohammed), normalised. A term
 * that is a whole word somewhere matches only where it is one ("Jaish" finds
 * Jaish-e-Mohammed, not Jaishankar); a term that is no whole word matches inside
 * words, so typing "pak" finds Pakistan. It is built after
 * the first paint, a slice at a time, in two stages: first the text is normalised
 * and joined, which a search can scan with native `indexOf`; then it is split into
 * words for a word index, after which a search scans only the vocabulary. Building
 * the word index at tens of thousands of events is too long for one task, so until
 * it has caught up the rest of the text is scanned as before.
 */
import type { Actor } from './schema';
import { entriesContaining, entryOf, joinChunk, type TextChunk } from './textChunks';
import { containsWhole, createWordIndex } from './wordIndex';
import type { EventOutline } from './timelineParts';
import { passagesOf } from './passages';

/** Lower-cased, accent-free text, so "Pulwama" matches "pulwama" and "Zakaria" matches "Zakária". */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * What an event's actors are called, full and short ("Jaish-e-Mohammed", "JeM"),
 * searched with its text: the knowledge base's names for them, which the text may
 * not use.
 */
export function actorNames(event: EventOutline, actors: ReadonlyMap<string, Actor>): string {
  return event.actors
    .map(({ id }) => {
      const actor = actors.get(id);
      return actor ? `${actor.name}\n${actor.shortName}` : '';
    })
    .join('\n');
}

export function queryTerms(query: string): string[] {
  return normaliseForSearch(query)
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

export interface SearchIndex {
  /** The events searched, in the order positions refer to. */
  readonly events: readonly EventOutline[];
  /** Positions in `events`, ascending, of the events whose text contains every term. */
  positionsMatching(terms: readonly string[]): number[];
  /**
   * Does up to `count` events' more work; true once every event is in the word
   * index. Doing it all up front would hold up the first paint (normalising alone
   * took a quarter of a second at 50,000 events) for a search the reader may never
   * make: this lets it run in slices, between the reader's clicks. A search before
   * then normalises what is left at once, but leaves the word index to the slices.
   */
  warm(count: number): boolean;
  /**
   * Every word of every event, with the number of events it occurs in: what a
   * misspelling is corrected to. Finishes the word index first, at once.
   */
  forEachWord(visit: (word: string, events: number) => void): void;
}

/**
 * `alsoSearched` gives more text to search for an event than its own (the names of
 * its actors): found, but not shown or highlighted.
 */
export function buildSearchIndex(
  events: readonly EventOutline[],
  alsoSearched: (event: EventOutline) => string = () => '',
): SearchIndex {
  /**
   * Normalised text not yet wholly in the word index, in chunks, one per `warm`
   * call, rather than all in one string: joining 50,000 events' text at once was a
   * long task of its own, and held it all twice meanwhile. A chunk is
   * dropped once the word index has all of it.
   */
  const chunks: TextChunk[] = [];
  const words = createWordIndex();
  let normalised = 0;
  let indexed = 0;

  const normalise = (count: number) => {
    const end = Math.min(events.length, normalised + count);
    if (end === normalised) return;
    const texts: string[] = [];
    for (let i = normalised; i < end; i++) {
      const event = events[i]!;
      texts.push(
        normaliseForSearch([event.title, passagesOf(event), alsoSearched(event)].join('\n')),
      );
    }
    chunks.push(joinChunk(texts, normalised));
    normalised = end;
  };

  /** Moves up to `count` normalised events into the word index, oldest first. */
  const index = (count: number) => {
    const end = Math.min(normalised, indexed + count);
    while (indexed < end) {
      const chunk = chunks[0]!;
      const chunkEnd = Math.min(end, chunk.first + chunk.starts.length);
      for (; indexed < chunkEnd; indexed++)
        words.add(indexed, entryOf(chunk, indexed - chunk.first));
      if (indexed === chunk.first + chunk.starts.length) chunks.shift();
    }
  };

  const warm = (count: number) => {
    if (normalised < events.length) normalise(count);
    else index(count);
    return indexed === events.length;
  };

  /** The not yet indexed text's entries containing `term`, each with its chunk. */
  const unindexed = function* (term: string) {
    for (const chunk of chunks)
      for (const position of entriesContaining(chunk, term, Math.max(0, indexed - chunk.first)))
        yield { chunk, position };
  };

  /**
   * The last few terms' positions: a keystroke asks for each term of the query, and
   * "did you mean" asks again for each alone. What a term finds does not change as
   * the index warms, so a copy of the answer is as good as a new search.
   */
  const recent = new Map<string, number[]>();
  const positionsOf = (term: string) => {
    let found = recent.get(term);
    if (!found) {
      found = search(term);
      if (recent.size >= 16) recent.delete(recent.keys().next().value!);
      recent.set(term, found);
    }
    return [...found];
  };

  /** Positions of the events containing `term`: the word index's, then the text's not yet in it. */
  const search = (term: string) => {
    normalise(Infinity);
    const whole =
      words.hasWhole(term) ||
      [...unindexed(term)].some(({ chunk, position }) =>
        containsWhole(entryOf(chunk, position - chunk.first), term),
      );
    const found = words.positionsContaining(term, whole);
    // A loop, not push(...): a search just after load can find 50,000 events in one chunk.
    for (const { chunk, position } of unindexed(term))
      if (!whole || containsWhole(entryOf(chunk, position - chunk.first), term))
        found.push(position);
    return found;
  };

  return {
    events,
    warm,
    forEachWord(visit) {
      while (!warm(Infinity));
      words.forEachWord(visit);
    },
    positionsMatching(terms) {
      const [first, ...rest] = terms;
      if (first === undefined) return events.map((_, i) => i);
      return rest.reduce(
        (found, term) => intersectSorted(found, positionsOf(term)),
        positionsOf(first),
      );
    },
  };
}

/** The positions both ascending lists hold, ascending. */
export function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const both: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      both.push(a[i]!);
      i++;
      j++;
    }
  }
  return both;
}
