/**
 * The details of an outline's events, fetched a part at a time as they are asked
 * for (an event opened, an export) and kept for the page's life. Each part is
 * checked as strictly as a whole file (checkPart.ts, fetched with the first part:
 * the first view needs none of its checks). A search reads only the passages, and
 * fetches them alone (partPassages.ts) for the parts not in.
 */
import type { Article, TimelineEvent } from '../shared/schema';
import type { TimelinePart } from '../shared/outlineSchema';
import { joinParts, partOf, type PartsIndex } from '../shared/timelineParts';
import type { TimelineDetails } from '../shared/timelineDetails';
import { passagesOf } from '../shared/passages';
import { fetchJson } from './fetchJson';
import { partPassages } from './partPassages';

/** `data/parts/<n>.json`, relative to the page like the outline. */
export const partUrl = (n: number) => `./data/parts/${n}.json`;

export function partDetails(outline: PartsIndex, fetchImpl: typeof fetch = fetch): TimelineDetails {
  const position = new Map(outline.ids.map((id, i) => [id, i]));
  const parts: (TimelinePart | undefined)[] = outline.parts.map(() => undefined);
  const pending = new Map<number, Promise<TimelinePart>>();
  const events = new Map<string, TimelineEvent>();
  const articles = new Map<string, Article>();
  const listeners = new Set<() => void>();
  const tell = () => {
    for (const listener of listeners) listener();
  };
  const passages = partPassages(outline, fetchImpl, tell);

  const arrive = (n: number, part: TimelinePart) => {
    parts[n] = part;
    for (const event of part.events) events.set(event.id, event);
    for (const article of part.articles) articles.set(article.id, article);
    tell();
  };

  const fetchPart = (n: number): Promise<TimelinePart> => {
    const known = parts[n];
    if (known) return Promise.resolve(known);
    let fetching = pending.get(n);
    if (!fetching) {
      // The file and the code that checks it, fetched side by side.
      fetching = Promise.all([import('./checkPart'), fetchJson(partUrl(n), fetchImpl)])
        .then(([{ checkPart }, json]) => checkPart(json, partUrl(n), outline, n))
        .then((part) => {
          arrive(n, part);
          return part;
        })
        .finally(() => pending.delete(n));
      pending.set(n, fetching);
    }
    return fetching;
  };

  const partNumbers = (ids: readonly string[]) => {
    const wanted = new Set<number>();
    for (const id of ids) {
      const at = position.get(id);
      const found = at === undefined ? null : partOf(outline.parts, at);
      if (found) wanted.add(found.part);
    }
    return [...wanted];
  };

  return {
    event: (id) => events.get(id),
    articles: () => articles,
    async load(ids) {
      await Promise.all(partNumbers(ids).map(fetchPart));
      return ids.flatMap((id) => events.get(id) ?? []);
    },
    async whole() {
      const all = await Promise.all(outline.parts.map((_, n) => fetchPart(n)));
      return joinParts(outline, all);
    },
    passages(id) {
      const event = events.get(id);
      if (event) return passagesOf(event);
      const at = position.get(id);
      return at === undefined ? undefined : passages.at(at);
    },
    // A run refused (or missing) is read from its part instead, checked as strictly as ever.
    loadPassages: () =>
      passages
        .load((n) => !parts[n])
        .catch(() => Promise.all(outline.parts.map((_, n) => passages.has(n) || fetchPart(n))))
        .then(() => undefined),
    passagesComplete: () => outline.parts.every((_, n) => parts[n] || passages.has(n)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
