import { describe, expect, it } from 'vitest';
import {
  crisesWithEvents,
  countChapters,
  crisisChapters as chaptersOfIndex,
  crisisSpanLabel,
  planChapters,
} from '../../../src/shared/crisisChapters';
import { buildTimeIndex, indexAt } from '../../../src/shared/timeWindow';
import type { Crisis, TimelineEvent } from '../../../src/shared/schema';

const crisis = (id: string, start: string, end: string): Crisis => ({
  id,
  name: id,
  start,
  end,
  trigger: null,
  description: 'Invented.',
});
const event = (
  id: string,
  start: string,
  crisisId: string | null,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent => ({
  id,
  title: id,
  kind: 'statement',
  date: { start, precision: 'day', basis: 'explicit', explanation: '' },
  actors: [],
  crisis: crisisId,
  sources: [{ article: 'a', excerpt: 'x', offset: 0, length: 1, published: start }],
  ...extra,
});

const crisisChapters = (crises: Crisis[], events: TimelineEvent[]) =>
  chaptersOfIndex(crises, buildTimeIndex(events));

describe('crisisChapters', () => {
  const crises = [crisis('a', '2020-01-01', '2020-01-10'), crisis('b', '2021-06-01', '2021-06-30')];

  it('counts each crisis’s events and places them along it', () => {
    const { chapters, outside } = crisisChapters(crises, [
      event('first-day', '2020-01-01', 'a'),
      event('middle', '2020-01-06', 'a', { kind: 'attack' }),
      event('stray', '2001-09-11', null),
    ]);
    expect(outside).toBe(1);
    expect(chapters.map((c) => [c.crisis.id, c.count])).toEqual([
      ['a', 2],
      ['b', 0],
    ]);
    expect(chapters[0]?.marks).toEqual([
      { kind: 'statement', at: 0, context: false },
      { kind: 'attack', at: 50, context: false },
    ]);
  });

  it('counts a filter of the file from the plan made once for the file', () => {
    const events = [
      event('one', '2020-01-02', 'a'),
      event('two', '2021-06-10', 'b', { kind: 'summit' }),
      event('three', '2021-06-11', 'b'),
      event('stray', '2001-09-11', null),
    ];
    const all = buildTimeIndex(events);
    const plan = planChapters(crises, all);
    const shown = indexAt(
      all,
      [...all.events.keys()].filter((i) => all.events[i]!.id !== 'three'),
    );
    expect(countChapters(plan, shown).chapters.map((c) => c.count)).toEqual([1, 1]);
    expect(countChapters(plan, shown).outside).toBe(1);
    expect(countChapters(plan, all).chapters.map((c) => c.count)).toEqual([1, 2]);
  });

  it('draws marks that fall together once, and keeps context apart', () => {
    const many = Array.from({ length: 500 }, (_, i) => event(`e${i}`, '2020-01-01', 'a'));
    const { chapters } = crisisChapters(crises, [
      ...many,
      event('ctx', '2020-01-01', 'a', { context: 'passing' }),
    ]);
    expect(chapters[0]?.count).toBe(501);
    expect(chapters[0]?.marks).toHaveLength(2);
  });

  it.each([
    ['2016-09-01', '2016-09-30', 'Sep 2016'],
    ['2019-02-14', '2019-03-31', 'Feb – Mar 2019'],
    ['2017-08-21', '2018-01-31', 'Aug 2017 – Jan 2018'],
  ])('labels %s to %s as %s', (start, end, label) => {
    expect(crisisSpanLabel({ start, end })).toBe(label);
  });
});

describe('crisesWithEvents', () => {
  const crisis = (id: string) => ({
    id,
    name: id,
    start: '2019-01-01',
    end: '2019-01-31',
    trigger: null,
    description: '',
  });
  it.each([
    ['all held', ['a', 'b'], ['a', 'b'], []],
    ['one held by no event', ['a'], ['a'], ['b']],
    ['none', [], [], ['a', 'b']],
  ])('%s', (_label, held, withEvents, without) => {
    const result = crisesWithEvents(
      [crisis('a'), crisis('b')],
      [...held.map((id) => ({ crisis: id })), { crisis: null }],
    );
    expect(result.withEvents.map((c) => c.id)).toEqual(withEvents);
    expect(result.without.map((c) => c.id)).toEqual(without);
  });
});
