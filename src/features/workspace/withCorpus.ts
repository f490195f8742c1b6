/**
 * A person's articles read together with the corpus, as the CLI reads a
 * corrections file's articles: an added report of a happening the corpus tells
 * joins that event (one event per happening), rather than standing beside it.
 *
 * The worker reads the shipped file's own articles again for this, so it is done
 * only when that reproduces the shipped file: a file built with a corrections file
 * (its articles marked own, its events corrected) or without the articles' texts
 * cannot be rebuilt from what the browser has, and then the person's events are
 * added beside the shipped ones instead (mergeOwnTimeline.ts). The check after
 * extraction makes sure: every shipped event not joined by a person's passage
 * must come back exactly as shipped, else the shipped file stands.
 */
import type { Article, TimelineEvent, TimelineFile } from '../../shared/schema';

/** The shipped articles to read again with the person's, or none when that cannot rebuild the file. */
export function corpusToReadAgain(shipped: TimelineFile): Article[] {
  const rebuildable =
    shipped.articles.every((a) => !a.own && a.text.length > 0) &&
    shipped.events.every((e) => !e.corrected && !e.fromOwnArticles);
  return rebuildable ? shipped.articles : [];
}

/** Equal as JSON values, whatever the order of their keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) =>
    sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * Whether `extracted` (the corpus and the person's articles, read together) keeps
 * the shipped file: each shipped event is there as it was, or was joined by a
 * passage of the person's (then under the same id, or folded into one that has one).
 */
export function keepsShipped(shipped: TimelineFile, extracted: TimelineFile): boolean {
  const byId = new Map(extracted.events.map((e) => [e.id, e]));
  const joined = (e: TimelineEvent | undefined) => e?.fromOwnArticles === true;
  const ownSources = new Set(
    extracted.events
      .filter(joined)
      .flatMap((e) => e.sources.map((s) => `${s.article}@${s.offset}`)),
  );
  return shipped.events.every((event) => {
    const again = byId.get(event.id);
    if (again && !joined(again)) return sameJson(event, again);
    // Joined: the event (or the one it folded into) now also rests on a person's passage.
    return event.sources.every((s) => ownSources.has(`${s.article}@${s.offset}`));
  });
}
