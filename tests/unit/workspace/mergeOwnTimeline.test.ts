import { describe, expect, it } from 'vitest';
import { mergeOwnTimeline } from '../../../src/features/workspace/mergeOwnTimeline';
import type { TimelineEvent, TimelineFile } from '../../../src/shared/schema';

const event = (id: string, article: string): TimelineEvent => ({
  id,
  title: `Event ${id}`,
  kind: 'statement',
  date: {
    start: '2019-03-05',
    precision: 'day',
    basis: 'relative',
    explanation: 'Counted from the report.',
  } as TimelineEvent['date'],
  actors: [{ id: 'okafor', role: 'speaker' } as TimelineEvent['actors'][number]],
  crisis: null,
  sources: [{ article } as TimelineEvent['sources'][number]],
});

const file = (events: TimelineEvent[], actors: string[]): TimelineFile => ({
  schemaVersion: 1,
  articles: [],
  actors: actors.map((id) => ({ id, name: id, shortName: id, kind: 'person' })),
  crises: [],
  events,
});

describe('mergeOwnTimeline', () => {
  it('adds the own events after the shipped ones, with ids kept unique, and actors once', () => {
    const shipped = file([event('e', 'a1'), event('e-2', 'a1')], ['okafor']);
    const own = file([event('e', 'own-1'), event('f', 'own-1')], ['okafor', 'berg']);
    const merged = mergeOwnTimeline(shipped, own);
    expect(merged.events.map((e) => e.id)).toEqual(['e', 'e-2', 'e-3', 'f']);
    expect(merged.actors.map((a) => a.id)).toEqual(['okafor', 'berg']);
    expect(shipped.events.map((e) => e.id)).toEqual(['e', 'e-2']);
  });
});
