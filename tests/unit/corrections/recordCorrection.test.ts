import { describe, expect, it } from 'vitest';
import {
  emptyHistory,
  eventKeyOf,
  recorded,
  redo,
  undo,
} from '../../../src/shared/corrections/recordCorrection';
import { applyCorrections } from '../../../src/shared/corrections/applyCorrections';
import type { Correction } from '../../../src/shared/corrections/correctionsSchema';
import { CLOSED, PROTEST, harbourTimeline, madeAt, sourceOf } from './harbourTimeline';

describe('the key of an event', () => {
  it('is its id and each passage it rests on, once', () => {
    const event = harbourTimeline().events[0]!;
    event.sources.push(sourceOf('pier', PROTEST), { ...sourceOf('pier', CLOSED) });
    expect(eventKeyOf(event)).toEqual({
      id: '2031-05-12-pier-closed',
      passages: [
        { article: 'pier', excerpt: CLOSED },
        { article: 'pier', excerpt: PROTEST },
      ],
    });
  });

  it('finds its event again once the rules moved its id', () => {
    const timeline = harbourTimeline();
    const key = eventKeyOf(timeline.events[2]!);
    timeline.events[2]!.id = 'renamed-protest';
    const { applied } = applyCorrections(timeline, {
      corrections: [{ ...madeAt(1), event: key, field: 'drop' }],
    });
    expect(applied).toEqual([expect.objectContaining({ event: 'renamed-protest' })]);
  });
});

describe('undo and redo', () => {
  const title = (person: string): Correction => ({
    ...madeAt(1),
    event: eventKeyOf(harbourTimeline().events[0]!),
    field: 'title',
    machine: 'Veloria closes the northern pier',
    person,
  });
  const [a, b, c] = [title('A'), title('B'), title('C')];

  it('takes back the last step, then the one before, and brings them back in turn', () => {
    const history = recorded(recorded(emptyHistory, [a]), [b, c]);
    const first = undo(history)!;
    expect(first.removed).toEqual([b, c]);
    const second = undo(first.history)!;
    expect(second.removed).toEqual([a]);
    expect(undo(second.history)).toBeNull();
    const back = redo(second.history)!;
    expect(back.restored).toEqual([a]);
    expect(redo(back.history)!.restored).toEqual([b, c]);
    expect(redo(redo(back.history)!.history)).toBeNull();
  });

  it('forgets what was undone once a new correction is made', () => {
    const undone = undo(recorded(recorded(emptyHistory, [a]), [b]))!.history;
    const after = recorded(undone, [c]);
    expect(after).toEqual({ done: [[a], [c]], undone: [] });
    expect(redo(after)).toBeNull();
  });
});
