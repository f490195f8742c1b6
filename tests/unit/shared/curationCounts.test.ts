/** About's count of what a person changed: corrected events, events from added articles, and the rest. */
import { describe, expect, it } from 'vitest';
import type { Article, TimelineEvent } from '../../../src/shared/schema';
import { curationCounts, curationSummary } from '../../../src/shared/curationCounts';

const CORRECTED: TimelineEvent['corrected'] = {
  records: [{ id: 'c1', field: 'title', at: '2031-05-15T09:00:00Z' }],
  machine: { title: 'Old title' },
};
/** An event as the program read it ("m"), corrected ("c"), from an added article ("o"), or both ("co"). */
function event(code: 'm' | 'c' | 'o' | 'co', i: number): TimelineEvent {
  return {
    id: `e${i}`,
    title: 'T',
    kind: 'statement',
    date: { start: '2031-05-12', precision: 'day', basis: 'explicit', explanation: 'x' },
    actors: [],
    crisis: null,
    sources: [{ article: 'a', excerpt: 'x', offset: 0, length: 1, published: '2031-05-14' }],
    ...(code.includes('c') ? { corrected: CORRECTED } : {}),
    ...(code.includes('o') ? { fromOwnArticles: true as const } : {}),
  };
}
const article = (own: boolean): Article => ({
  id: 'a',
  headline: null,
  outlet: 'Wire',
  published: '2031-05-14',
  dateline: null,
  url: null,
  text: 'x',
  ...(own ? { own: true as const } : {}),
});

describe('curationSummary', () => {
  it.each<[string, ('m' | 'c' | 'o' | 'co')[], number, string | null]>([
    ['the program’s reading alone', ['m', 'm'], 0, null],
    [
      'one corrected',
      ['m', 'm', 'c'],
      0,
      'Of the 3 events, 1 was corrected by hand; the other 2 are the program’s reading, untouched.',
    ],
    [
      'corrected and added, one both',
      ['m', 'c', 'c', 'o', 'co'],
      1,
      'Of the 5 events, 3 were corrected by hand and 2 come from 1 article a person added (1 of them also corrected); the other 1 is the program’s reading, untouched.',
    ],
    [
      'all added',
      ['o'],
      2,
      'Of the 1 event, 1 comes from 2 articles a person added; none is the program’s reading untouched.',
    ],
  ])('%s', (_case, codes, ownArticles, expected) => {
    const counts = curationCounts({
      events: codes.map(event),
      articles: [article(false), ...Array.from({ length: ownArticles }, () => article(true))],
    });
    expect(counts.untouched + counts.corrected + counts.fromOwn - counts.both).toBe(codes.length);
    expect(curationSummary(counts)).toBe(expected);
  });
});
