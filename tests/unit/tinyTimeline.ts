/** A one-article, one-event timeline file, for tests that spoil one field of it. */
import type { TimelineFile } from '../../src/shared/schema';

// "Talks 😀 resumed.": the emoji is two UTF-16 code units, at 6 and 7.
export const TINY_TEXT = 'Talks \u{1F600} resumed.';

export function tinyTimeline(): TimelineFile {
  return {
    schemaVersion: 1,
    articles: [
      {
        id: 'a',
        headline: 'Talks',
        outlet: 'Wire',
        published: '2019-03-01',
        dateline: null,
        url: 'https://example.com/a',
        text: TINY_TEXT,
      },
    ],
    actors: [],
    crises: [],
    events: [
      {
        id: 'e',
        title: 'Talks resumed',
        kind: 'meeting',
        date: { start: '2019-03-01', precision: 'day', basis: 'publication', explanation: 'x' },
        actors: [],
        crisis: null,
        sources: [
          { article: 'a', excerpt: 'Talks', offset: 0, length: 5, published: '2019-03-01' },
        ],
      },
    ],
  };
}
