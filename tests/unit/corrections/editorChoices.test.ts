/** What the correction editor offers: events to merge, nearest first; a fresh id for a split. */
import { describe, expect, it } from 'vitest';
import { mergeCandidates } from '../../../src/features/event-panel/EventActions';
import { splitId } from '../../../src/features/event-panel/CorrectEvent';
import { harbourTimeline } from './harbourTimeline';

describe('the correction editor’s choices', () => {
  it('offers the other events to merge, the nearest in time first, never the event itself', () => {
    const events = harbourTimeline().events;
    const protest = events[2]!; // 13 May
    expect(mergeCandidates(protest, events).map((e) => e.id)).toEqual([
      '2031-05-12-pier-closed',
      '2031-05-12-quill-on-closure',
      '2031-05-16-pier-reopened',
    ]);
  });

  it('gives a split-off event an id no event has', () => {
    const events = harbourTimeline().events;
    const closed = events[0]!;
    expect(splitId(closed, events)).toBe('2031-05-12-pier-closed-split');
    const taken = [...events, { ...closed, id: '2031-05-12-pier-closed-split' }];
    expect(splitId(closed, taken)).toBe('2031-05-12-pier-closed-split-2');
  });
});
