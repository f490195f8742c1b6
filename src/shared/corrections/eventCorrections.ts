/**
 * Corrections that change what the events are: merge two into one, split passages
 * off into a new event, attach a passage as evidence. (Dropping needs no more than
 * taking the event out: applyCorrections.ts.) Each returns the events it makes, or
 * the reason it cannot, and then the correction dangles.
 */
import type { Article, Source, TimelineEvent } from '../schema';
import { splitsCharacter } from '../clipText';
import type { Correction } from './correctionsSchema';
import { tells } from './locateEvent';
import { withRecord } from './provenance';

type Of<F extends Correction['field']> = Extract<Correction, { field: F }>;

const sameSource = (a: Source, b: Source) =>
  a.article === b.article && a.offset === b.offset && a.length === b.length;

function union<T>(first: readonly T[], second: readonly T[], same: (a: T, b: T) => boolean): T[] {
  return [...first, ...second.filter((b) => !first.some((a) => same(a, b)))];
}

/** `other`'s passages and actors join `event`, which keeps its own title, date and kind. */
export function merge(event: TimelineEvent, other: TimelineEvent, correction: Of<'merge'>) {
  const merged = {
    ...event,
    sources: union(event.sources, other.sources, sameSource),
    actors: union(event.actors, other.actors, (a, b) => a.id === b.id && a.role === b.role),
  };
  return withRecord(merged, correction, {
    sources: event.sources,
    actors: event.actors,
    mergedFrom: [{ id: other.id, title: other.title }],
  });
}

export type SplitOutcome =
  { ok: true; kept: TimelineEvent; split: TimelineEvent } | { ok: false; reason: string };

/** The passages named go to a new event with the person's id and title; the rest stay. */
export function split(
  event: TimelineEvent,
  correction: Of<'split'>,
  idTaken: (id: string) => boolean,
): SplitOutcome {
  const moving = event.sources.filter((s) => correction.passages.some((p) => tells(s, p)));
  if (moving.length === 0)
    return {
      ok: false,
      reason: `event "${event.id}" no longer rests on the passages to split off`,
    };
  if (moving.length === event.sources.length)
    return { ok: false, reason: `every passage of event "${event.id}" would go: nothing is left` };
  if (idTaken(correction.person.id))
    return { ok: false, reason: `the new event's id "${correction.person.id}" is taken` };
  const staying = event.sources.filter((s) => !moving.includes(s));
  const kept = withRecord({ ...event, sources: staying }, correction, { sources: event.sources });
  const fresh: TimelineEvent = {
    ...event,
    id: correction.person.id,
    title: correction.person.title,
    sources: moving,
  };
  delete fresh.corrected;
  const split = withRecord(fresh, correction, { title: event.title, splitFrom: event.id });
  return { ok: true, kept, split };
}

/**
 * Where the evidence's words are in its article: at the offset it gives, else the
 * one place they occur; null when nowhere, or in several places and not at it.
 */
function evidenceOffset(text: string, excerpt: string, offset: number): number | null {
  if (text.startsWith(excerpt, offset)) return offset;
  const first = text.indexOf(excerpt);
  if (first < 0 || text.indexOf(excerpt, first + 1) >= 0) return null;
  return first;
}

export type EvidenceOutcome = { ok: true; event: TimelineEvent } | { ok: false; reason: string };

export function attachEvidence(
  event: TimelineEvent,
  correction: Of<'evidence'>,
  articles: ReadonlyMap<string, Article>,
): EvidenceOutcome {
  const { article: id, excerpt, offset } = correction.person;
  const article = articles.get(id);
  if (!article)
    return { ok: false, reason: `the evidence's article "${id}" is not in the timeline` };
  const at = evidenceOffset(article.text, excerpt, offset);
  if (
    at === null ||
    splitsCharacter(article.text, at) ||
    splitsCharacter(article.text, at + excerpt.length)
  )
    return {
      ok: false,
      reason: `article "${id}" no longer holds the evidence's words at one place`,
    };
  const source: Source = {
    article: id,
    excerpt,
    offset: at,
    length: excerpt.length,
    published: article.published,
  };
  if (event.sources.some((s) => sameSource(s, source))) return { ok: true, event };
  return {
    ok: true,
    event: withRecord({ ...event, sources: [...event.sources, source] }, correction, {
      sources: event.sources,
    }),
  };
}
