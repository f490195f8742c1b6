import { describe, expect, it } from 'vitest';
import {
  joinParts,
  outlineEvents,
  outlineProblem,
  partOf,
  partsIndexOf,
  splitTimeline,
  type EventOutline,
} from '../../../src/shared/timelineParts';
import {
  timelineOutlineSchema,
  timelinePartSchema,
  timelinePassagesSchema,
} from '../../../src/shared/outlineSchema';
import type { TimelineEvent } from '../../../src/shared/schema';
import { harbourFile } from './harbourFile';

/** What the outline is meant to keep of a whole event. */
function projected(event: TimelineEvent): EventOutline {
  const { start, end, precision, basis, ongoing, onOrBefore } = event.date;
  const date = { start, end, precision, basis, ongoing, onOrBefore };
  return {
    id: event.id,
    title: event.title,
    kind: event.kind,
    date: Object.fromEntries(
      Object.entries(date).filter(([, v]) => v !== undefined),
    ) as EventOutline['date'],
    actors: event.actors,
    crisis: event.crisis,
    ...(event.context ? { context: event.context } : {}),
    sources: event.sources.map(({ article, published }) => ({ article, published })),
    ...(event.fromOwnArticles ? { fromOwnArticles: true } : {}),
    ...(event.corrected ? { corrected: true } : {}),
  };
}

describe('splitTimeline', () => {
  const file = harbourFile();

  it.each([1, 2, 3, 4, 1000])('at %i events a part, joins back to the same file', (size) => {
    const { outline, parts } = splitTimeline(file, size);
    expect(joinParts(partsIndexOf(outline), parts)).toEqual(file);
    expect(outline.parts.reduce((a, b) => a + b, 0)).toBe(file.events.length);
    expect(outlineProblem(outline)).toBeNull();
  });

  it('writes what the schemas accept', () => {
    const { outline, parts, passages } = splitTimeline(file, 2);
    expect(timelineOutlineSchema.safeParse(outline).success).toBe(true);
    for (const part of parts) expect(timelinePartSchema.safeParse(part).success).toBe(true);
    for (const run of passages) expect(timelinePassagesSchema.safeParse(run).success).toBe(true);
  });

  it('gives each part’s run of passages beside it, each event’s one per line', () => {
    const { parts, passages } = splitTimeline(file, 2);
    expect(passages.map((run) => run.first)).toEqual(parts.map((part) => part.first));
    expect(passages.flatMap((run) => run.passages)).toEqual(
      file.events.map((e) => e.sources.map((s) => s.excerpt).join('\n')),
    );
  });

  it('keeps in the outline what the first view needs, and nothing of the passages', () => {
    const { outline } = splitTimeline(file, 2);
    expect(outlineEvents(outline)).toEqual(file.events.map(projected));
    expect(JSON.stringify(outline)).not.toContain('sailed at dawn');
    expect(outline.articles.every((a) => !('text' in a))).toBe(true);
  });

  it('gives each part the articles its events quote, and the first part those none quote', () => {
    const { parts } = splitTimeline(file, 2);
    expect(parts.map((p) => p.articles.map((a) => a.id))).toEqual([
      ['a1', 'a2', 'unquoted'],
      ['a1', 'a2'],
    ]);
    expect(parts.map((p) => p.first)).toEqual([0, 2]);
  });

  it('makes one empty part for a file with no events', () => {
    const { outline, parts } = splitTimeline({ ...file, events: [] });
    expect(outline.parts).toEqual([0]);
    expect(parts[0]!.articles).toHaveLength(3);
  });

  it('shares one object per actor and role, and per article and day', () => {
    const [sailing, , closing] = outlineEvents(splitTimeline(file).outline);
    expect(sailing!.actors[0]).toBe(closing!.actors[0]);
    expect(sailing!.sources[0]).toBe(closing!.sources[0]);
  });
});

describe('outlineProblem', () => {
  it('names a column of the wrong length, and parts that do not add up', () => {
    const { outline } = splitTimeline(harbourFile());
    expect(outlineProblem({ ...outline, events: { ...outline.events, kind: [] } })).toBe(
      'events.kind has 0 entries, not 4',
    );
    expect(outlineProblem({ ...outline, parts: [3] })).toBe('the parts hold 3 events, not 4');
  });
});

describe('partOf', () => {
  it.each([
    [0, { part: 0, first: 0 }],
    [2, { part: 0, first: 0 }],
    [3, { part: 1, first: 3 }],
    [6, { part: 2, first: 5 }],
    [7, null],
  ])('position %i', (position, expected) => {
    expect(partOf([3, 2, 2], position)).toEqual(expected);
  });
});
