/**
 * What the first view leaves out of each event (its passages, its date's
 * explanation, the articles' texts), reached through one interface whether the
 * timeline came whole (a `timeline.json`, a workspace's extraction) or as an
 * outline whose parts are fetched on demand (src/app/partDetails.ts).
 */
import type { Article, TimelineEvent, TimelineFile } from './schema';
import type { OutlineFile } from './timelineParts';
import { passagesOf } from './passages';

/** A timeline as the app holds it: what the first view draws, and the way to the rest. */
export interface LoadedTimeline {
  file: OutlineFile;
  details: TimelineDetails;
}

export interface TimelineDetails {
  /** The whole event, once its part is in; undefined before. */
  event(id: string): TimelineEvent | undefined;
  /** Every article whose text is in so far, by id. */
  articles(): ReadonlyMap<string, Article>;
  /** The whole events of `ids`, in that order, fetching the parts they are in. */
  load(ids: readonly string[]): Promise<TimelineEvent[]>;
  /** The whole file: every part fetched. */
  whole(): Promise<TimelineFile>;
  /** An event's passages, one per line, once its part or its passages are in; undefined before. */
  passages(id: string): string | undefined;
  /** Fetches what a search reads of every event besides the outline: its passages alone. */
  loadPassages(): Promise<void>;
  /** Whether every event's passages are in. */
  passagesComplete(): boolean;
  /** Calls `listener` whenever a part comes in; returns the way to stop. */
  subscribe(listener: () => void): () => void;
}

const NO_LISTENING = () => () => undefined;

/** Details of a file that came whole: all in from the start. */
export function detailsOfFile(file: TimelineFile): TimelineDetails {
  const events = new Map(file.events.map((e) => [e.id, e]));
  const articles = new Map(file.articles.map((a) => [a.id, a]));
  return {
    event: (id) => events.get(id),
    articles: () => articles,
    load: async (ids) => ids.flatMap((id) => events.get(id) ?? []),
    whole: async () => file,
    passages: (id) => {
      const event = events.get(id);
      return event && passagesOf(event);
    },
    loadPassages: async () => undefined,
    passagesComplete: () => true,
    subscribe: NO_LISTENING,
  };
}
