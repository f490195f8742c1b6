import { describe, expect, it } from 'vitest';
import {
  actorParents,
  actorPositions,
  filterEvents,
  filtersHiding,
  filtersOff,
  highlightParts,
  type FilterName,
} from '../../../src/shared/filterEvents';
import { EMPTY_VIEW } from '../../../src/shared/urlState';
import { buildSearchIndex } from '../../../src/shared/searchIndex';
import { countByActor } from '../../../src/shared/actorCounts';
import type { TimelineEvent } from '../../../src/shared/schema';

const event = (
  id: string,
  start: string,
  actors: string[],
  crisis: string | null,
  excerpt: string,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent => ({
  id,
  title: id,
  kind: 'statement',
  ...extra,
  date: { start, precision: 'day', basis: 'explicit', explanation: '' },
  actors: actors.map((a) => ({ id: a, role: 'speaker' as const })),
  crisis,
  sources: [{ article: 'a', excerpt, offset: 0, length: excerpt.length, published: start }],
});

const EVENTS = [
  event('one', '2019-02-14', ['jem'], 'c2019', 'Bomber killed 40 in Pulwama', { kind: 'attack' }),
  event(
    'two',
    '2019-03-15',
    ['mike-pompeo', 'pakistan'],
    'c2019',
    'Pakistan must stop harbouring terrorists',
  ),
  event('three', '2017-10-23', ['rex-tillerson', 'pakistan'], 'c2017', 'Tillerson urged Pakistan'),
  event('four', '2001-09-11', ['us'], null, 'since the 2001 attacks', {
    kind: 'attack',
    context: 'passing',
  }),
];
// Tiny inline actors: two officials of one country, and a group with none.
const parents = actorParents([
  { id: 'us', name: 'United States', shortName: 'US', kind: 'country' },
  { id: 'pakistan', name: 'Pakistan', shortName: 'Pakistan', kind: 'country' },
  { id: 'mike-pompeo', name: 'Mike Pompeo', shortName: 'Pompeo', kind: 'person', country: 'us' },
  {
    id: 'rex-tillerson',
    name: 'Rex Tillerson',
    shortName: 'Tillerson',
    kind: 'person',
    country: 'us',
  },
  { id: 'jem', name: 'Jaish-e-Mohammed', shortName: 'JeM', kind: 'militant-group' },
]);
const index = buildSearchIndex(EVENTS);
// No filter set: the view a link without parameters gives.
const none = EMPTY_VIEW;

describe('filterEvents', () => {
  it.each([
    ['no filter', none, ['one', 'two', 'three', 'four']],
    ['one actor', { ...none, actors: ['pakistan'] }, ['two', 'three']],
    ['a country counts its officials', { ...none, actors: ['us'] }, ['two', 'three', 'four']],
    ['an official is only themself', { ...none, actors: ['mike-pompeo'] }, ['two']],
    ['two actors, any', { ...none, actors: ['jem', 'mike-pompeo'] }, ['one', 'two']],
    [
      'two actors, all',
      { ...none, actors: ['pakistan', 'mike-pompeo'], actorMatch: 'all' as const },
      ['two'],
    ],
    ['kinds', { ...none, kinds: ['attack' as const] }, ['one', 'four']],
    ['context hidden', { ...none, showContext: false }, ['one', 'two', 'three']],
    ['crisis', { ...none, crisis: 'c2017' }, ['three']],
    ['text, any case', { ...none, query: 'PULWAMA' }, ['one']],
    ['all terms', { ...none, query: 'pakistan terrorists' }, ['two']],
    ['date window, inclusive', { ...none, from: '2019-02-14', to: '2019-02-14' }, ['one']],
    ['nothing', { ...none, query: 'zzz' }, []],
    ['text and actor', { ...none, query: 'pakistan', actors: ['rex-tillerson'] }, ['three']],
    ['text and crisis', { ...none, query: 'pakistan', crisis: 'c2017' }, ['three']],
  ])('%s', (_label, state, ids) => {
    expect(filterEvents(index, state, parents).map((e) => e.id)).toEqual(ids);
  });

  it.each([
    ['every event', null, { us: 3, pakistan: 2, 'mike-pompeo': 1, jem: 1 }],
    ['some events', [0, 1], { us: 1, pakistan: 1, 'mike-pompeo': 1, jem: 1 }],
    ['none', [], { us: 0, pakistan: 0, 'mike-pompeo': 0, jem: 0 }],
  ])('counts each event once per actor, officials for their country too: %s', (_, at, want) => {
    const byActor = actorPositions(index, parents);
    const counts = countByActor({ byActor, positions: at });
    for (const [id, count] of Object.entries(want)) expect(counts.get(id) ?? 0).toBe(count);
  });

  it('follows a country link only to a known actor, never to itself', () => {
    expect([
      ...actorParents([
        { id: 'x', name: 'X', shortName: 'X', kind: 'person', country: 'nowhere' },
        { id: 'y', name: 'Y', shortName: 'Y', kind: 'country', country: 'y' },
      ]),
    ]).toEqual([]);
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

describe('filtersHiding', () => {
  const two = EVENTS[1]!;
  it.each<[string, Partial<typeof EMPTY_VIEW>, FilterName[]]>([
    ['nothing, with no filter', {}, []],
    [
      'nothing, with filters it passes',
      { crisis: 'c2019', actors: ['us'], query: 'harbouring' },
      [],
    ],
    ['the crisis', { crisis: 'c2017' }, ['crisis']],
    ['the kinds', { kinds: ['attack'] }, ['kinds']],
    ['the actors, with "all"', { actors: ['us', 'jem'], actorMatch: 'all' }, ['actors']],
    ['the dates', { from: '2020-01-01', to: '2020-12-31' }, ['dates']],
    ['the search', { query: 'Balakot' }, ['query']],
    [
      'each that hides it, and only those',
      { crisis: 'c2017', kinds: ['statement'], query: 'sanctions', from: '2019-03-15' },
      ['crisis', 'query'],
    ],
  ])('names %s', (_name, filters, hiding) => {
    expect(filtersHiding(two, { ...EMPTY_VIEW, ...filters }, parents)).toEqual(hiding);
  });

  it('names "Show context" for context, and turning it all off shows the event', () => {
    const four = EVENTS[3]!;
    const view = { ...EMPTY_VIEW, showContext: false, crisis: 'c2019' };
    const hiding = filtersHiding(four, view, parents);
    expect(hiding).toEqual(['crisis', 'context']);
    const shown = filterEvents(
      buildSearchIndex(EVENTS),
      { ...view, ...filtersOff(hiding) },
      parents,
    );
    expect(shown).toContain(four);
  });
});
