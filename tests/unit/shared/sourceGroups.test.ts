import { describe, expect, it } from 'vitest';
import { rangeText, sourceGroups } from '../../../src/shared/sourceGroups';
import type { Article, Source } from '../../../src/shared/schema';

const text = 'First point. "We act. We will go on," she said. Another point. A last one.';
const article = (id: string, body: string): Article => ({
  id,
  headline: null,
  outlet: 'Wire',
  published: '2020-01-02',
  dateline: null,
  url: null,
  text: body,
});
const source = (articleId: string, body: string, piece: string): Source => {
  const offset = body.indexOf(piece);
  return {
    article: articleId,
    excerpt: piece,
    offset,
    length: piece.length,
    published: '2020-01-02',
  };
};

describe('sourceGroups', () => {
  const articles = new Map([
    ['a', article('a', text)],
    ['b', article('b', 'Elsewhere it was said too.')],
  ]);

  it('gives one group per article, excerpts in text order, whole quotes, overlaps merged', () => {
    const sources = [
      source('a', text, 'A last one.'),
      source('b', 'Elsewhere it was said too.', 'Elsewhere it was said too.'),
      source('a', text, 'We will go on," she said.'),
      source('a', text, '"We act.'),
    ];
    const groups = sourceGroups(sources, articles);
    expect(groups.map((g) => g.articleId)).toEqual(['a', 'b']);
    expect(groups[0]!.ranges.map((r) => rangeText(groups[0]!, r, sources))).toEqual([
      '"We act. We will go on," she said.',
      'A last one.',
    ]);
  });

  it('keeps the excerpt as it is when its article is missing or disagrees', () => {
    const sources = [{ ...source('a', text, 'Another point.'), article: 'gone' }];
    const groups = sourceGroups(sources, articles);
    expect(groups[0]!.article).toBeUndefined();
    expect(rangeText(groups[0]!, groups[0]!.ranges[0]!, sources)).toBe('Another point.');
  });
});
