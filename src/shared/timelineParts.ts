/**
 * `timeline.json` split into the outline and its parts (outlineSchema.ts), and the
 * outline read back into events. Pure: the build writes with it, the app reads
 * with it, and a test can go round the circle.
 */
import type {
  Actor,
  Article,
  Crisis,
  EventActor,
  EventDate,
  TimelineEvent,
  TimelineFile,
} from './schema';
import type {
  ArticleMeta,
  OutlineColumns,
  TimelineOutline,
  TimelinePart,
  TimelinePassages,
} from './outlineSchema';
import { passagesOf } from './passages';

/**
 * Bits of an outline event's `flags`. Here, not beside the schema: the app loads this
 * file up front, and the schema's file brings zod, which it loads only to word an error.
 */
export const OUTLINE_FLAGS = { ongoing: 1, onOrBefore: 2, fromOwnArticles: 4, corrected: 8 };

/**
 * Events per part. Opening one event fetches its part: at 1,000 events that is
 * about a megabyte of JSON (a fifth of it gzipped), while a timeline of 100,000
 * events is a hundred files, few enough for any static host.
 */
export const PART_EVENTS = 1000;

export type OutlineDate = Omit<EventDate, 'explanation' | 'expression'>;

/** Which article told an event, and when it was published. */
export interface SourceRef {
  article: string;
  published: string;
}

/**
 * What the first view knows of an event: everything but its passages, its date's
 * explanation, its place and the record of its corrections. A whole event is one
 * too (it has all of these fields), so code that needs no more takes either.
 */
export interface EventOutline {
  id: string;
  title: string;
  kind: TimelineEvent['kind'];
  date: OutlineDate;
  actors: readonly EventActor[];
  crisis: string | null;
  context?: TimelineEvent['context'];
  sources: readonly SourceRef[];
  fromOwnArticles?: true;
  /** A person corrected it: what they did comes with its part. */
  corrected?: NonNullable<TimelineEvent['corrected']> | true;
}

/** The file as the first view reads it: events in outline, articles without their texts. */
export interface OutlineFile {
  articles: (ArticleMeta | Article)[];
  actors: Actor[];
  crises: Crisis[];
  events: readonly EventOutline[];
}

function flagsOf(event: TimelineEvent): number {
  return (
    (event.date.ongoing ? OUTLINE_FLAGS.ongoing : 0) |
    (event.date.onOrBefore ? OUTLINE_FLAGS.onOrBefore : 0) |
    (event.fromOwnArticles ? OUTLINE_FLAGS.fromOwnArticles : 0) |
    (event.corrected ? OUTLINE_FLAGS.corrected : 0)
  );
}

function columnsOf(events: readonly TimelineEvent[]): OutlineColumns {
  const column = <T>(value: (event: TimelineEvent) => T) => events.map(value);
  return {
    id: column((e) => e.id),
    title: column((e) => e.title),
    kind: column((e) => e.kind),
    start: column((e) => e.date.start),
    end: column((e) => e.date.end ?? null),
    precision: column((e) => e.date.precision),
    basis: column((e) => e.date.basis),
    flags: column(flagsOf),
    crisis: column((e) => e.crisis),
    context: column((e) => e.context ?? null),
    actors: column((e) => e.actors.map((a) => `${a.id} ${a.role}`).join(' ')),
    sources: column((e) => e.sources.map((s) => `${s.article} ${s.published}`).join(' ')),
  };
}

/**
 * The outline and its parts, each part with the articles its events quote. There
 * is always a first part, which also carries the articles no event quotes: joined
 * again, the parts give back every article's text.
 */
export function splitTimeline(
  file: TimelineFile,
  eventsPerPart = PART_EVENTS,
): { outline: TimelineOutline; parts: TimelinePart[]; passages: TimelinePassages[] } {
  const articleById = new Map(file.articles.map((a) => [a.id, a]));
  const quotedAnywhere = new Set(file.events.flatMap((e) => e.sources.map((s) => s.article)));
  const unquoted = file.articles.filter((a) => !quotedAnywhere.has(a.id));
  const parts: TimelinePart[] = [];
  for (let first = 0; first === 0 || first < file.events.length; first += eventsPerPart) {
    const events = file.events.slice(first, first + eventsPerPart);
    const quoted = new Set(events.flatMap((e) => e.sources.map((s) => s.article)));
    const articles = [...quoted].flatMap((id) => articleById.get(id) ?? []);
    if (first === 0) articles.push(...unquoted);
    parts.push({ schemaVersion: 1, first, events, articles });
  }
  const outline: TimelineOutline = {
    schemaVersion: 1,
    articles: file.articles.map(({ text: _text, ...meta }) => meta),
    actors: file.actors,
    crises: file.crises,
    events: columnsOf(file.events),
    parts: parts.map((p) => p.events.length),
    partChars: parts.reduce((sum, p) => sum + JSON.stringify(p).length, 0),
  };
  const passages = parts.map(({ first, events }) => ({
    schemaVersion: 1 as const,
    first,
    passages: events.map(passagesOf),
  }));
  return { outline, parts, passages };
}

/**
 * "a b c d" → [made("a", "b"), made("c", "d")], one object per distinct pair and
 * one list per distinct text: a timeline names a few hundred actors in a handful of
 * roles, many events name the same ones, and each article is cited by many events,
 * so at 100,000 events sharing them saves hundreds of thousands of objects. They
 * are read, never changed (the outline's lists are readonly).
 */
function pairsOf<T>(made: (first: string, second: string) => T) {
  const pairs = new Map<string, T>();
  const lists = new Map<string, readonly T[]>();
  const pair = (first: string, second: string) => {
    const key = `${first} ${second}`;
    let known = pairs.get(key);
    if (!known) pairs.set(key, (known = made(first, second)));
    return known;
  };
  return (text: string): readonly T[] => {
    let list = lists.get(text);
    if (!list) {
      const words = text === '' ? [] : text.split(' ');
      const out: T[] = [];
      for (let i = 0; i + 1 < words.length; i += 2) out.push(pair(words[i]!, words[i + 1]!));
      lists.set(text, (list = out));
    }
    return list;
  };
}

interface PairReaders {
  actors: (text: string) => readonly EventActor[];
  sources: (text: string) => readonly SourceRef[];
}

function outlineEvent(columns: OutlineColumns, i: number, read: PairReaders): EventOutline {
  const flags = columns.flags[i]!;
  const end = columns.end[i];
  const context = columns.context[i];
  // Set field by field, not spread: at 100,000 events the spreads' objects showed.
  const date: OutlineDate = {
    start: columns.start[i]!,
    precision: columns.precision[i]!,
    basis: columns.basis[i]!,
  };
  if (end) date.end = end;
  if (flags & OUTLINE_FLAGS.ongoing) date.ongoing = true;
  if (flags & OUTLINE_FLAGS.onOrBefore) date.onOrBefore = true;
  const event: EventOutline = {
    id: columns.id[i]!,
    title: columns.title[i]!,
    kind: columns.kind[i]!,
    date,
    actors: read.actors(columns.actors[i]!),
    crisis: columns.crisis[i] ?? null,
    sources: read.sources(columns.sources[i]!),
  };
  if (context) event.context = context;
  if (flags & OUTLINE_FLAGS.fromOwnArticles) event.fromOwnArticles = true;
  if (flags & OUTLINE_FLAGS.corrected) event.corrected = true;
  return event;
}

/** Why the outline's columns cannot be read as events (lengths that differ), or null. */
export function outlineProblem(outline: TimelineOutline): string | null {
  const count = outline.events.id.length;
  for (const [name, column] of Object.entries(outline.events))
    if (column.length !== count) return `events.${name} has ${column.length} entries, not ${count}`;
  const inParts = outline.parts.reduce((sum, n) => sum + n, 0);
  return inParts === count ? null : `the parts hold ${inParts} events, not ${count}`;
}

/** The outline's events, in its order. */
export function outlineEvents(outline: TimelineOutline): EventOutline[] {
  const read: PairReaders = {
    actors: pairsOf((id, role) => ({ id, role: role as EventActor['role'] })),
    sources: pairsOf((article, published) => ({ article, published })),
  };
  const events: EventOutline[] = new Array(outline.events.id.length);
  for (let i = 0; i < events.length; i++) events[i] = outlineEvent(outline.events, i, read);
  return events;
}

/** Which part holds the event at `position`, and where that part starts. */
export function partOf(
  parts: readonly number[],
  position: number,
): { part: number; first: number } | null {
  let first = 0;
  for (let part = 0; part < parts.length; part++) {
    if (position < first + parts[part]!) return { part, first };
    first += parts[part]!;
  }
  return null;
}

/**
 * What reading the parts needs of the outline: its events' ids, the parts' sizes and
 * what the whole file has besides events. The other columns, once made into events,
 * are not kept: at 100,000 events they are some tens of megabytes.
 */
export type PartsIndex = Pick<TimelineOutline, 'articles' | 'actors' | 'crises' | 'parts'> & {
  ids: readonly string[];
};

export function partsIndexOf(outline: TimelineOutline): PartsIndex {
  const { articles, actors, crises, parts } = outline;
  return { articles, actors, crises, parts, ids: outline.events.id };
}

/** The whole file again, from the outline and every one of its parts, in order. */
export function joinParts(outline: PartsIndex, parts: readonly TimelinePart[]): TimelineFile {
  const texts = new Map(parts.flatMap((p) => p.articles.map((a) => [a.id, a.text] as const)));
  return {
    schemaVersion: 1,
    articles: outline.articles.map((meta) => ({ ...meta, text: texts.get(meta.id) ?? '' })),
    actors: [...outline.actors],
    crises: [...outline.crises],
    events: parts.flatMap((p) => p.events),
  };
}
