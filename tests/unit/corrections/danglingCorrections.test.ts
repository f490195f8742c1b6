import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../src/shared/corrections/correctionsSchema';
import type { TimelineFile } from '../../../src/shared/schema';
import {
  CLOSED,
  PROTEST,
  QUILL,
  REOPENED,
  harbourTimeline,
  madeAt,
  sourceOf,
} from './harbourTimeline';
import { CLOSED_KEY, PROTEST_KEY, REOPEN_KEY, apply, eventOf } from './applying';

describe('the negative file: what is gone is reported, never applied to something else', () => {
  it('re-finds an event by its passages when re-extraction changed its id', () => {
    const reextracted = harbourTimeline();
    reextracted.events[0]!.id = '2031-05-12-veloria-shuts-pier';
    const { timeline, applied, dangling } = apply(
      [{ ...madeAt(1), event: CLOSED_KEY, field: 'title', machine: 'x', person: 'Pier shut' }],
      reextracted,
    );
    expect(dangling).toEqual([]);
    expect(applied).toEqual([
      expect.objectContaining({ event: '2031-05-12-veloria-shuts-pier', movedFrom: CLOSED_KEY.id }),
    ]);
    expect(eventOf(timeline, '2031-05-12-veloria-shuts-pier')?.title).toBe('Pier shut');
  });

  const cases: {
    name: string;
    timeline: () => TimelineFile;
    correction: Correction;
    reason: RegExp;
  }[] = [
    {
      name: 'dangling by id: the event and its words are gone',
      timeline: () => {
        const t = harbourTimeline();
        t.articles[0]!.text = t.articles[0]!.text.replace(PROTEST, 'Dock workers went home.');
        t.events.splice(2, 1);
        return t;
      },
      correction: {
        ...madeAt(1),
        event: PROTEST_KEY,
        field: 'kind',
        machine: 'statement',
        person: 'attack',
      },
      reason:
        /event "2031-05-13-dock-protest" is gone, and article "pier" no longer holds “Dock workers staged/,
    },
    {
      name: 'dangling by passage: the id now names another happening',
      timeline: () => {
        const t = harbourTimeline();
        t.events[2]!.sources = [sourceOf('reopen', REOPENED)];
        t.events.splice(3, 1);
        return t;
      },
      correction: {
        ...madeAt(1),
        event: PROTEST_KEY,
        field: 'title',
        machine: 'x',
        person: 'Protest',
      },
      reason: /event "2031-05-13-dock-protest" no longer rests on the passages/,
    },
    {
      name: 'the words are in the article but no event rests on them',
      timeline: () => {
        const t = harbourTimeline();
        t.events.splice(2, 1);
        return t;
      },
      correction: { ...madeAt(1), event: PROTEST_KEY, field: 'drop' },
      reason: /no event rests on its passages any more/,
    },
    {
      name: 'the article is gone',
      timeline: () => {
        const t = harbourTimeline();
        t.articles.splice(1, 1);
        t.events.splice(3, 1);
        return t;
      },
      correction: { ...madeAt(1), event: REOPEN_KEY, field: 'drop' },
      reason: /and so is its article "reopen"/,
    },
    {
      name: 'a merge whose second event vanished',
      timeline: () => {
        const t = harbourTimeline();
        t.events.splice(3, 1);
        return t;
      },
      correction: { ...madeAt(1), event: CLOSED_KEY, field: 'merge', other: REOPEN_KEY },
      reason: /^the event to merge in: event "2031-05-16-pier-reopened" is gone/,
    },
    {
      name: 'passages now told by two events equally',
      timeline: () => {
        const t = harbourTimeline();
        t.events[0]!.id = 'renamed';
        t.events[1]!.sources.push(sourceOf('pier', CLOSED));
        return t;
      },
      correction: {
        ...madeAt(1),
        event: CLOSED_KEY,
        field: 'kind',
        machine: 'statement',
        person: 'policy',
      },
      reason: /told by several events \("renamed", "2031-05-12-quill-on-closure"\)/,
    },
    {
      name: 'an actor nobody knows',
      timeline: harbourTimeline,
      correction: {
        ...madeAt(1),
        event: CLOSED_KEY,
        field: 'actors',
        machine: [],
        person: [{ id: 'nobody', role: 'agent' }],
      },
      reason: /actor "nobody" is in neither/,
    },
    {
      name: 'a crisis the timeline does not hold',
      timeline: harbourTimeline,
      correction: {
        ...madeAt(1),
        event: CLOSED_KEY,
        field: 'crisis',
        machine: null,
        person: 'other-crisis',
      },
      reason: /crisis "other-crisis" is not in the timeline/,
    },
    {
      name: 'a split that would leave the event nothing',
      timeline: harbourTimeline,
      correction: {
        ...madeAt(1),
        event: CLOSED_KEY,
        field: 'split',
        passages: [{ article: 'pier', excerpt: CLOSED }],
        person: { id: 'pier-shut', title: 'x' },
      },
      reason: /every passage of event "2031-05-12-pier-closed" would go/,
    },
    {
      name: 'a split whose new id is taken',
      timeline: () => {
        const t = harbourTimeline();
        t.events[0]!.sources.push(sourceOf('pier', QUILL));
        return t;
      },
      correction: {
        ...madeAt(1),
        event: CLOSED_KEY,
        field: 'split',
        passages: [{ article: 'pier', excerpt: QUILL }],
        person: { id: '2031-05-13-dock-protest', title: 'x' },
      },
      reason: /the new event's id "2031-05-13-dock-protest" is taken/,
    },
    {
      name: 'evidence no longer in its article',
      timeline: harbourTimeline,
      correction: {
        ...madeAt(1),
        event: CLOSED_KEY,
        field: 'evidence',
        person: { article: 'pier', excerpt: 'words nobody wrote', offset: 0 },
      },
      reason: /no longer holds the evidence's words/,
    },
  ];
  it.each(cases)('$name', ({ timeline, correction, reason }) => {
    const before = timeline();
    const result = apply([correction], timeline());
    expect(result.applied).toEqual([]);
    expect(result.dangling).toEqual([
      {
        id: correction.id,
        field: correction.field,
        event: correction.event.id,
        reason: expect.stringMatching(reason),
      },
    ]);
    // The same events, in the pipeline's order (by date, then id).
    const byId = (t: TimelineFile) => [...t.events].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(result.timeline)).toEqual(byId(before));
  });

  it('reports a correction to an event dropped earlier, naming the drop', () => {
    const drop = { ...madeAt(1), event: PROTEST_KEY, field: 'drop' as const };
    const retitle = {
      ...madeAt(2),
      event: PROTEST_KEY,
      field: 'title' as const,
      machine: 'x',
      person: 'y',
    };
    const { dangling } = apply([retitle, drop]);
    expect(dangling).toEqual([
      expect.objectContaining({
        id: retitle.id,
        reason: `event "2031-05-13-dock-protest" was taken off by correction "${drop.id}"`,
      }),
    ]);
  });

  it('follows a merged-away event to the event it joined, by its passages', () => {
    const mergeIn = { ...madeAt(1), event: CLOSED_KEY, field: 'merge' as const, other: REOPEN_KEY };
    const retitle = {
      ...madeAt(2),
      event: REOPEN_KEY,
      field: 'title' as const,
      machine: 'x',
      person: 'Pier closed, then reopened',
    };
    const { timeline, applied } = apply([mergeIn, retitle]);
    expect(applied[1]).toEqual({
      id: retitle.id,
      field: 'title',
      event: CLOSED_KEY.id,
      movedFrom: REOPEN_KEY.id,
    });
    expect(eventOf(timeline, CLOSED_KEY.id)?.title).toBe('Pier closed, then reopened');
  });
});
