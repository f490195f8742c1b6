import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normaliseForSearch, queryTerms } from '../../../src/shared/searchIndex';
import type { TimelineEvent } from '../../../src/shared/schema';
import { containsWhole } from '../../../src/shared/wordIndex';

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

  it('reports itself warm once every event is normalised and then in the word index', () => {
    const bySlicesOfThree = buildSearchIndex(EVENTS);
    // Normalise 3, normalise 1, index 3, index 1.
    expect([1, 2, 3, 4].map(() => bySlicesOfThree.warm(3))).toEqual([false, false, false, true]);
    const atOnce = buildSearchIndex(EVENTS);
    expect([atOnce.warm(Infinity), atOnce.warm(Infinity)]).toEqual([false, true]);
    expect(buildSearchIndex([]).warm(1)).toBe(true);
  });

  it('finds 200,000 events at once, before any warming', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => event(`e${i}`, 'Pulwama'));
    expect(buildSearchIndex(many).positionsMatching(['pulwama'])).toHaveLength(200_000);
  });

  it('finds the same at every stage of warming, however it is sliced', () => {
    for (const slice of [1, 2, 3, 5]) {
      const warming = buildSearchIndex(EVENTS);
      let warm = false;
      while (!warm) {
        for (const query of ['pakistan', 'a', 'end', 'pulwama attack', 'zzz'])
          expect(warming.positionsMatching(queryTerms(query))).toEqual(
            index.positionsMatching(queryTerms(query)),
          );
        warm = warming.warm(slice);
      }
    }
  });

  it('agrees with checking each event on its own, for any texts and query', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', 'A', 'á', ' ', '\n', '.'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text), { maxLength: 8 }),
        text,
        fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 6 }),
        (texts, query, slices) => {
          const events = texts.map(([title, excerpt], i) => event(`e${i}`, title, excerpt));
          // Part normalised, part in the word index, or both wholly: the answer is the same.
          const searched = buildSearchIndex(events);
          for (const slice of slices) searched.warm(slice);
          const terms = queryTerms(query);
          const normal = events.map((e) =>
            normaliseForSearch(`${e.title}\n${e.sources[0]!.excerpt}`),
          );
          // A term that is a whole word in some event matches only where it is one.
          const matches = (text: string, t: string) =>
            normal.some((other) => containsWhole(other, t))
              ? containsWhole(text, t)
              : text.includes(t);
          const expected = normal.flatMap((text, i) =>
            terms.every((t) => matches(text, t)) ? [i] : [],
          );
          expect(searched.positionsMatching(terms)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('search that forgives', () => {
  const FORGIVING = [
    event('jem', 'Attack in Pulwama', 'Jaish-e-Mohammed claimed it.'),
    event('minister', 'Rubio calls Jaishankar', 'He spoke with Jaishankar.'),
    event('named', 'Briefing', 'The group was not named.'),
    event('pak', 'Pakistan’s reply', 'Islamabad said no.'),
  ];
  const actorsOf: Record<string, string> = { named: 'Jaish-e-Mohammed\nJeM' };
  const index = buildSearchIndex(FORGIVING, (e) => actorsOf[e.id] ?? '');

  it.each([
    ['a whole word only where it is one: not inside a longer name', 'jaish', [0, 2]],
    ['inside words when it is no whole word anywhere', 'jaishan', [1]],
    ['the start of a word as it is typed', 'pak', [3]],
    ['a whole word before an apostrophe', 'pakistan', [3]],
    ['an actor by the short name the text does not use', 'jem', [2]],
    ['an actor by full name', 'jaish-e-mohammed', [0, 2]],
  ])('%s', (_label, query, positions) => {
    expect(index.positionsMatching(queryTerms(query))).toEqual(positions);
  });

  it('finds the same before and after the index is warm', () => {
    const cold = buildSearchIndex(FORGIVING, (e) => actorsOf[e.id] ?? '');
    const before = ['jaish', 'pak', 'jem'].map((t) => cold.positionsMatching([t]));
    while (!cold.warm(1));
    const fresh = buildSearchIndex(FORGIVING, (e) => actorsOf[e.id] ?? '');
    while (!fresh.warm(1));
    expect(['jaish', 'pak', 'jem'].map((t) => fresh.positionsMatching([t]))).toEqual(before);
  });

  it('hands out a copy of a remembered answer', () => {
    index.positionsMatching(['jaish']).push(99);
    expect(index.positionsMatching(['jaish'])).toEqual([0, 2]);
  });
});
