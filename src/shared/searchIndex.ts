/**
 * The events' searchable text (title and excerpts), normalised and joined, so that
 * looking for a term is a few native `indexOf` calls rather than a check per event.
 * At 10,000 synthetic events (4.5 MB of text) a per-event `includes` took 8–18 ms
 * a search in Node, much of it in code V8 had not yet optimised; scanning joined
 * text took 5–6 ms, and 5–9 ms on the first search in Chromium.
 */
import type { TimelineEvent } from './schema';

/** Between two events' texts: whitespace, which no term contains, so no match spans two events. */
const SEPARATOR = '\n';

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
   * Normalises up to `count` more events; true once every event is done. Normalising
   * 50,000 events up front would hold up the first paint by a quarter of a second
   * for a search the reader may never make: this lets it run in slices, between the
   * reader's clicks. A search before then finishes the work at once.
   */
  warm(count: number): boolean;
}

export function buildSearchIndex(events: readonly TimelineEvent[]): SearchIndex {
  /**
   * The text in chunks, one per `warm` call, rather than all in one string: joining
   * 50,000 events' text at once took 55 ms in one task (in Node), and held it all twice meanwhile.
   */
  const chunks: { text: string; first: number; starts: number[] }[] = [];
  let done = 0;

  const warm = (count: number) => {
    const end = Math.min(events.length, done + count);
    if (end === done) return done === events.length;
    const texts: string[] = [];
    /** Where each event's text starts in the chunk's text. */
    const starts: number[] = [];
    let length = 0;
    for (let i = done; i < end; i++) {
      const event = events[i]!;
      const text = normaliseForSearch(
        [event.title, ...event.sources.map((s) => s.excerpt)].join('\n'),
      );
      starts.push(length);
      length += text.length + SEPARATOR.length;
      texts.push(text);
    }
    chunks.push({ text: texts.join(SEPARATOR), first: done, starts });
    done = end;
    return done === events.length;
  };

  /** Positions of the events containing `term`: one hit per event, then on to the next. */
  const positionsOf = (term: string) => {
    warm(Infinity);
    const found: number[] = [];
    for (const { text, first, starts } of chunks) {
      let local = 0;
      for (let at = text.indexOf(term); at >= 0;) {
        local = lastStartAtOrBefore(starts, at, local);
        found.push(first + local);
        const next = starts[local + 1];
        at = next === undefined ? -1 : text.indexOf(term, next);
      }
    }
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
