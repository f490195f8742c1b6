import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normaliseForSearch, queryTerms } from '../../../src/shared/searchIndex';
import type { TimelineEvent } from '../../../src/shared/schema';

const event = (id: string, title: string, ...excerpts: string[]): TimelineEvent => ({
  id,
  title,
  kind: 'statement',
  date: { start: '2019-02-14', precision: 'day', basis: 'explicit', explanation: '' },
  actors: [],
  crisis: null,
  sources: excerpts.map((excerpt) => ({
    article: 'a',
    excerpt,
    offset: 0,
    length: excerpt.length,
    published: '2019-02-14',
  })),
});

const EVENTS = [
  event('first', 'Pulwama attack', 'A bomber killed 40 in Pulwama.'),
  event('second', 'Pompeo call', 'Pakistan must act', 'against Jaish'),
  event('third', 'Tillerson visit', 'Tillerson urged Pakistan'),
  event('fourth', 'Zakária', 'end'),
];

describe('search index', () => {
  const index = buildSearchIndex(EVENTS);
  it.each([
    ['a term in one event', 'bomber', [0]],
    ['a term in several events', 'pakistan', [1, 2]],
    ['any case, any accent', 'ZAKARIA', [3]],
    ['the first character of the text', 'pulwama attack', [0]],
    ['the last character of the text', 'end', [3]],
    ['a title', 'pompeo', [1]],
    ['a second excerpt', 'jaish', [1]],
    ['across a title and its excerpt', 'visit\ntillerson', [2]],
    ['every term must match', 'pakistan tillerson', [2]],
    ['terms in any order', 'urged tillerson', [2]],
    ['one hit per event, however many times it matches', 'pulwama', [0]],
    ['nothing', 'kargil', []],
    ['no terms: everything', '', [0, 1, 2, 3]],
  ])('%s', (_label, query, positions) => {
    expect(index.positionsMatching(queryTerms(query))).toEqual(positions);
  });

  it('never matches across two events', () => {
    // "…Pulwama." ends the first event and "Pompeo…" starts the second.
    expect(index.positionsMatching(['pulwama.pompeo'])).toEqual([]);
  });

  it('finds the same whether warmed ahead of time, part way, or not at all', () => {
    const warmed = buildSearchIndex(EVENTS);
    expect(warmed.warm(3)).toBe(false);
    expect(warmed.warm(3)).toBe(true);
    const partly = buildSearchIndex(EVENTS);
    partly.warm(2);
    for (const query of ['pakistan', 'a', 'end'])
      expect([warmed, partly].map((i) => i.positionsMatching(queryTerms(query)))).toEqual([
        index.positionsMatching(queryTerms(query)),
        index.positionsMatching(queryTerms(query)),
      ]);
  });

  it('agrees with checking each event on its own, for any texts and query', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', 'A', 'á', ' ', '\n', '.'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 8 }), text, (texts, query) => {
        const events = texts.map(([title, excerpt], i) => event(`e${i}`, title, excerpt));
        const terms = queryTerms(query);
        const expected = events.flatMap((e, i) => {
          const searched = normaliseForSearch(`${e.title}\n${e.sources[0]!.excerpt}`);
          return terms.every((t) => searched.includes(t)) ? [i] : [];
        });
        expect(buildSearchIndex(events).positionsMatching(terms)).toEqual(expected);
      }),
    );
  });
});
