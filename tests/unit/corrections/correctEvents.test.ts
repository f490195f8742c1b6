import { describe, expect, it } from 'vitest';
import { CLOSED, PROTEST, harbourTimeline, madeAt, sourceOf } from './harbourTimeline';
import { CLOSED_KEY, PROTEST_KEY, QUILL_KEY, REOPEN_KEY, apply, eventOf } from './applying';

describe('corrections to the events themselves', () => {
  it('lists the actors the events name: one a correction brings in, not one only a dropped event named', () => {
    const named = harbourTimeline();
    named.actors.push({ id: 'ada-quill', name: 'Ada Quill', shortName: 'Quill', kind: 'person' });
    named.events[1]!.actors = [{ id: 'ada-quill', role: 'speaker' }];
    const dropped = apply([{ ...madeAt(1), event: QUILL_KEY, field: 'drop' }], named).timeline;
    expect(dropped.actors.map((a) => a.id)).toEqual(['veloria']);
    const brought = apply([
      {
        ...madeAt(1),
        event: PROTEST_KEY,
        field: 'actors',
        machine: [],
        person: [{ id: 'ada-quill', role: 'target' }],
      },
    ]).timeline;
    expect(brought.actors.map((a) => a.id)).toEqual(['veloria', 'ada-quill']);
  });

  it('drops an event', () => {
    const { timeline, applied } = apply([{ ...madeAt(1), event: PROTEST_KEY, field: 'drop' }]);
    expect(eventOf(timeline, PROTEST_KEY.id)).toBeUndefined();
    expect(timeline.events).toHaveLength(3);
    expect(applied).toHaveLength(1);
  });

  it('merges two events: the second’s passages join the first, which keeps its title', () => {
    const { timeline } = apply([
      { ...madeAt(1), event: CLOSED_KEY, field: 'merge', other: REOPEN_KEY },
    ]);
    expect(eventOf(timeline, REOPEN_KEY.id)).toBeUndefined();
    const merged = eventOf(timeline, CLOSED_KEY.id)!;
    expect(merged.title).toBe('Veloria closes the northern pier');
    expect(merged.sources.map((s) => s.article)).toEqual(['pier', 'reopen']);
    expect(merged.corrected?.machine.mergedFrom).toEqual([
      { id: REOPEN_KEY.id, title: 'Veloria reopens the northern pier' },
    ]);
  });

  it('splits passages off into a new event with the person’s id and title', () => {
    const both = harbourTimeline();
    both.events[0]!.sources.push(sourceOf('pier', PROTEST));
    both.events.splice(2, 1);
    const { timeline, dangling } = apply(
      [
        {
          ...madeAt(1),
          event: CLOSED_KEY,
          field: 'split',
          passages: [{ article: 'pier', excerpt: PROTEST }],
          person: { id: 'dock-protest', title: 'Dock workers protest' },
        },
      ],
      both,
    );
    expect(dangling).toEqual([]);
    expect(eventOf(timeline, CLOSED_KEY.id)!.sources.map((s) => s.excerpt)).toEqual([CLOSED]);
    const split = eventOf(timeline, 'dock-protest')!;
    expect(split).toMatchObject({
      title: 'Dock workers protest',
      sources: [sourceOf('pier', PROTEST)],
    });
    expect(split.corrected?.machine.splitFrom).toBe(CLOSED_KEY.id);
  });

  it('attaches the words a person selected as evidence, found again where the offset moved', () => {
    const excerpt = 'the closure would last a week';
    const { timeline } = apply([
      {
        ...madeAt(1),
        event: CLOSED_KEY,
        field: 'evidence',
        person: { article: 'pier', excerpt, offset: 3 },
      },
    ]);
    const added = eventOf(timeline, CLOSED_KEY.id)!.sources[1]!;
    expect(added).toEqual(sourceOf('pier', excerpt));
  });
});
