/**
 * Search over the events' text (title and excerpts), normalised. It is built after
 * the first paint, a slice at a time, in two stages: first the text is normalised
 * and joined, which a search can scan with native `indexOf`; then it is split into
 * words for a word index, after which a search scans only the vocabulary. Building
 * the word index at tens of thousands of events is too long for one task, so until
 * it has caught up the rest of the text is scanned as before.
 */
import type { TimelineEvent } from './schema';
import { entriesContaining, entryOf, joinChunk, type TextChunk } from './textChunks';
import { createWordIndex } from './wordIndex';

/** Lower-cased, accent-free text, so "Pulwama" matches "pulwama" and "Zakaria" matches "Zakária". */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function queryTerms(query: string): string[] {
  return normaliseForSearch(query)
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

export interface SearchIndex {
  /** The events searched, in the order positions refer to. */
  readonly events: readonly TimelineEvent[];
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
}

export function buildSearchIndex(events: readonly TimelineEvent[]): SearchIndex {
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
        normaliseForSearch([event.title, ...event.sources.map((s) => s.excerpt)].join('\n')),
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

  /** Positions of the events containing `term`: the word index's, then the text's not yet in it. */
  const positionsOf = (term: string) => {
    normalise(Infinity);
    const found = words.positionsContaining(term);
    // A loop, not push(...): a search just after load can find 50,000 events in one chunk.
    for (const chunk of chunks)
      for (const position of entriesContaining(chunk, term, Math.max(0, indexed - chunk.first)))
        found.push(position);
    return found;
  };

  return {
    events,
    warm,
    positionsMatching(terms) {
      const [first, ...rest] = terms;
      if (first === undefined) return events.map((_, i) => i);
      return rest.reduce((found, term) => intersect(found, positionsOf(term)), positionsOf(first));
    },
  };
}

function intersect(a: readonly number[], b: readonly number[]): number[] {
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
