/**
 * A small invented timeline for the corrections tests: two reports of a harbour
 * dispute in a made-up country, four events, each resting on one sentence.
 */
import type { AddedArticle, Correction } from '../../../src/shared/corrections/correctionsSchema';
import type { Source, TimelineEvent, TimelineFile } from '../../../src/shared/schema';

export const PIER_TEXT =
  'The harbour authority of Veloria closed the northern pier on Monday. ' +
  'Minister Ada Quill said the closure would last a week. ' +
  'Dock workers staged a protest on Tuesday.';
export const REOPEN_TEXT =
  'Veloria reopened the northern pier on Friday after talks with the union.';

const TEXTS: Record<string, string> = { pier: PIER_TEXT, reopen: REOPEN_TEXT };
const PUBLISHED: Record<string, string> = { pier: '2031-05-14', reopen: '2031-05-17' };

/** The source quoting `excerpt` of the article, at its place in the text. */
export function sourceOf(article: string, excerpt: string): Source {
  const offset = TEXTS[article]!.indexOf(excerpt);
  if (offset < 0) throw new Error(`fixture: "${excerpt}" is not in ${article}`);
  return { article, excerpt, offset, length: excerpt.length, published: PUBLISHED[article]! };
}

export const CLOSED = 'The harbour authority of Veloria closed the northern pier on Monday.';
export const QUILL = 'Minister Ada Quill said the closure would last a week.';
export const PROTEST = 'Dock workers staged a protest on Tuesday.';
export const REOPENED = REOPEN_TEXT;

function event(id: string, title: string, start: string, sources: Source[]): TimelineEvent {
  return {
    id,
    title,
    kind: 'statement',
    date: { start, precision: 'day', basis: 'relative', explanation: 'Counted from the report.' },
    actors: [{ id: 'veloria', role: 'agent' }],
    crisis: null,
    sources,
  };
}

export function harbourTimeline(): TimelineFile {
  return {
    schemaVersion: 1,
    articles: Object.keys(TEXTS).map((id) => ({
      id,
      headline: null,
      outlet: 'Invented Wire',
      published: PUBLISHED[id]!,
      dateline: null,
      url: null,
      text: TEXTS[id]!,
    })),
    actors: [{ id: 'veloria', name: 'Veloria', shortName: 'Veloria', kind: 'country' }],
    crises: [
      {
        id: 'pier-dispute',
        name: 'Pier dispute',
        start: '2031-05-01',
        end: '2031-06-30',
        trigger: null,
        description: 'An invented dispute.',
      },
    ],
    events: [
      event('2031-05-12-pier-closed', 'Veloria closes the northern pier', '2031-05-12', [
        sourceOf('pier', CLOSED),
      ]),
      event('2031-05-12-quill-on-closure', 'Quill: The closure would last a week', '2031-05-12', [
        sourceOf('pier', QUILL),
      ]),
      event('2031-05-13-dock-protest', 'Dock workers stage a protest', '2031-05-13', [
        sourceOf('pier', PROTEST),
      ]),
      event('2031-05-16-pier-reopened', 'Veloria reopens the northern pier', '2031-05-16', [
        sourceOf('reopen', REOPENED),
      ]),
    ],
  };
}

/** The key of a fixture event: its id and the sentence it rests on. */
export function keyOf(id: string, article: string, excerpt: string): Correction['event'] {
  return { id, passages: [{ article, excerpt }] };
}

let made = 0;
/** A correction with a fresh id, made at `minute` past ten on a fixed day. */
export function madeAt(minute: number): { id: string; at: string } {
  made += 1;
  return { id: `c${made}`, at: `2031-06-01T10:${String(minute).padStart(2, '0')}:00Z` };
}

/** An article a person added to the workspace: one sentence of the dispute, in a note of theirs. */
export const PIER_NOTE: AddedArticle = {
  id: 'my-pier-note',
  headline: 'Pier closes',
  outlet: 'My notes',
  published: '2031-05-14',
  url: null,
  dateline: null,
  text: CLOSED,
};
