import { describe, expect, it } from 'vitest';
import { filterEvents, highlightParts } from '../../../src/shared/filterEvents';
import { buildSearchIndex } from '../../../src/shared/searchIndex';
import type { TimelineEvent } from '../../../src/shared/schema';

const event = (
  id: string,
  start: string,
  actors: string[],
  crisis: string | null,
  excerpt: string,
): TimelineEvent => ({
  id,
  title: id,
  kind: 'statement',
  date: { start, precision: 'day', basis: 'explicit', explanation: '' },
  actors: actors.map((a) => ({ id: a, role: 'speaker' as const })),
  crisis,
  sources: [{ article: 'a', excerpt, offset: 0, length: excerpt.length, published: start }],
});

const EVENTS = [
  event('one', '2019-02-14', ['jem'], 'c2019', 'Bomber killed 40 in Pulwama'),
  event(
    'two',
    '2019-03-15',
    ['mike-pompeo', 'pakistan'],
    'c2019',
    'Pakistan must stop harbouring terrorists',
  ),
  event('three', '2017-10-23', ['rex-tillerson', 'pakistan'], 'c2017', 'Tillerson urged Pakistan'),
];
const index = buildSearchIndex(EVENTS);
const none = { actors: [], crisis: null, query: '', from: null, to: null };

describe('filterEvents', () => {
  it.each([
    ['no filter', none, ['one', 'two', 'three']],
    ['one actor', { ...none, actors: ['pakistan'] }, ['two', 'three']],
    ['two actors narrow', { ...none, actors: ['pakistan', 'mike-pompeo'] }, ['two']],
    ['crisis', { ...none, crisis: 'c2017' }, ['three']],
    ['text, any case', { ...none, query: 'PULWAMA' }, ['one']],
    ['all terms', { ...none, query: 'pakistan terrorists' }, ['two']],
    ['date window, inclusive', { ...none, from: '2019-02-14', to: '2019-02-14' }, ['one']],
    ['nothing', { ...none, query: 'zzz' }, []],
    ['text and actor', { ...none, query: 'pakistan', actors: ['rex-tillerson'] }, ['three']],
    ['text and crisis', { ...none, query: 'pakistan', crisis: 'c2017' }, ['three']],
  ])('%s', (_label, state, ids) => {
    expect(filterEvents(index, state).map((e) => e.id)).toEqual(ids);
  });

  it('highlights matches without changing the text', () => {
    const parts = highlightParts('Pakistan must act', 'pak act');
    expect(parts).toEqual([
      { text: 'Pak', match: true },
      { text: 'istan must ', match: false },
      { text: 'act', match: true },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('Pakistan must act');
  });
});
