import { describe, expect, it } from 'vitest';
import {
  corpusToReadAgain,
  keepsShipped,
  sameJson,
} from '../../../src/features/workspace/withCorpus';
import type { Source, TimelineEvent, TimelineFile } from '../../../src/shared/schema';

const source = (article: string, offset: number): Source => ({
  article,
  excerpt: 'Words.',
  offset,
  length: 6,
  published: '2031-05-14',
});
const event = (
  id: string,
  sources: Source[],
  extra: Partial<TimelineEvent> = {},
): TimelineEvent => ({
  id,
  title: `Event ${id}`,
  kind: 'statement',
  date: { start: '2031-05-12', precision: 'day', basis: 'explicit', explanation: 'Given.' },
  actors: [],
  crisis: null,
  sources,
  ...extra,
});
const file = (events: TimelineEvent[], own = false): TimelineFile => ({
  schemaVersion: 1,
  articles: [
    {
      id: 'wire',
      headline: null,
      outlet: 'Invented Wire',
      published: '2031-05-14',
      dateline: null,
      url: null,
      text: 'Words. More words.',
      ...(own ? { own: true as const } : {}),
    },
  ],
  actors: [],
  crises: [],
  events,
});

describe('reading the corpus again with a person’s articles', () => {
  it('reads it again only when that can rebuild the shipped file', () => {
    expect(corpusToReadAgain(file([event('a', [source('wire', 0)])]))).toHaveLength(1);
    expect(corpusToReadAgain(file([event('a', [source('wire', 0)])], true))).toEqual([]);
    const corrected = event('a', [source('wire', 0)], {
      corrected: { records: [{ id: 'c', field: 'title', at: 'x' }], machine: { title: 'A' } },
    });
    expect(corpusToReadAgain(file([corrected]))).toEqual([]);
    const textless = file([]);
    textless.articles[0]!.text = '';
    expect(corpusToReadAgain(textless)).toEqual([]);
  });

  it('compares JSON whatever the order of keys', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });

  const shipped = file([event('a', [source('wire', 0)]), event('b', [source('wire', 7)])]);
  const cases: [string, TimelineEvent[], boolean][] = [
    [
      'the same events, and the person’s beside them',
      [...shipped.events, event('own', [source('mine', 0)], { fromOwnArticles: true })],
      true,
    ],
    [
      'an event joined by the person’s passage',
      [
        event('a', [source('wire', 0), source('mine', 0)], { fromOwnArticles: true }),
        shipped.events[1]!,
      ],
      true,
    ],
    [
      'an event changed for no reason of the person’s',
      [shipped.events[0]!, { ...shipped.events[1]!, title: 'Else' }],
      false,
    ],
    ['an event gone', [shipped.events[0]!], false],
    [
      'an event renamed by an id the person’s took',
      [
        shipped.events[0]!,
        event('b', [source('mine', 0)], { fromOwnArticles: true }),
        { ...shipped.events[1]!, id: 'b-2' },
      ],
      false,
    ],
  ];
  it.each(cases)('keeps the shipped file: %s', (_, events, keeps) => {
    expect(keepsShipped(shipped, { ...shipped, events })).toBe(keeps);
  });
});
