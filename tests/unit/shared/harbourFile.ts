/**
 * A small timeline with something in every corner the outline has to carry: a
 * span, an "on or before" date, context, an event from an added article, a
 * corrected one, shared actors, and an article no event quotes. Our own words.
 */
import type { Article, TimelineEvent, TimelineFile } from '../../../src/shared/schema';

const article = (id: string, published: string, text: string): Article => ({
  id,
  headline: `Harbour report ${id}`,
  outlet: 'Coast Wire',
  published,
  dateline: 'Port Town',
  url: `https://example.com/${id}`,
  text,
});

const ARTICLES = [
  article('a1', '2019-03-01', 'The ferry sailed at dawn. Officials met the crew.'),
  article('a2', '2019-03-05', 'A second ferry followed. The port closed for a week.'),
  article('unquoted', '2019-03-09', 'Nothing here made an event.'),
];

const passage = (articleId: string, excerpt: string) => {
  const text = ARTICLES.find((a) => a.id === articleId)!.text;
  const offset = text.indexOf(excerpt);
  const published = ARTICLES.find((a) => a.id === articleId)!.published;
  return { article: articleId, excerpt, offset, length: excerpt.length, published };
};

const base = (id: string, start: string): TimelineEvent => ({
  id,
  title: `Event ${id}`,
  kind: 'statement',
  date: { start, precision: 'day', basis: 'explicit', explanation: `read from ${id}` },
  actors: [{ id: 'port', role: 'speaker' }],
  crisis: null,
  sources: [passage('a1', 'The ferry sailed at dawn.')],
});

export function harbourFile(): TimelineFile {
  return {
    schemaVersion: 1,
    articles: ARTICLES,
    actors: [
      { id: 'port', name: 'Port Authority', shortName: 'Port', kind: 'government-body' },
      { id: 'crew', name: 'Ferry crew', shortName: 'Crew', kind: 'person' },
    ],
    crises: [
      {
        id: 'closure',
        name: 'Port closure',
        start: '2019-03-01',
        end: '2019-03-12',
        trigger: null,
        description: 'The week the port was shut.',
      },
    ],
    events: [
      base('sailing', '2019-03-01'),
      {
        ...base('meeting', '2019-03-01'),
        kind: 'meeting',
        date: {
          start: '2019-03',
          end: '2019-03-05',
          precision: 'month',
          basis: 'relative',
          expression: 'that week',
          explanation: 'a span',
          onOrBefore: true,
        },
        actors: [
          { id: 'port', role: 'speaker' },
          { id: 'crew', role: 'participant' },
        ],
        crisis: 'closure',
        context: 'passing',
        place: 'Port Town',
        sources: [
          passage('a1', 'Officials met the crew.'),
          passage('a2', 'A second ferry followed.'),
        ],
      },
      { ...base('closing', '2019-03-05'), fromOwnArticles: true, crisis: 'closure' },
      {
        ...base('second', '2019-03-05'),
        date: {
          start: '2019',
          precision: 'year',
          basis: 'hand',
          explanation: 'dated by hand',
          ongoing: true,
        },
        sources: [passage('a2', 'The port closed for a week.')],
        corrected: {
          records: [{ id: 'c1', field: 'title', at: '2026-01-01T00:00:00Z' }],
          machine: { title: 'Event second, as read' },
        },
      },
    ],
  };
}
