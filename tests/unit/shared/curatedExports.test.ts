// @vitest-environment jsdom
/**
 * Every file that leaves the app says what a person did: an event corrected by
 * hand says which fields and what the machine read, one from an added article
 * says so, and the machine's own events say nothing extra. Tiny inline events,
 * read back by readers that are not the writers (csv-parse, ical.js, DOMParser).
 */
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import type { Actor, Article, Crisis, TimelineEvent } from '../../../src/shared/schema';
import { CSV_COLUMNS, toCsv } from '../../../src/shared/share/csv';
import { toIcs } from '../../../src/shared/share/ics';
import { toTimelineJs } from '../../../src/shared/share/timelineJs';
import { citationOf } from '../../../src/shared/share/citation';
import { sharePageHtml } from '../../../src/shared/share/eventPage';
import {
  correctedFields,
  correctionNote,
  curationNotes,
  machineReadings,
  OWN_ARTICLES_NOTE,
} from '../../../src/shared/share/curation';
import type { ExportInput } from '../../../src/shared/share/exportInput';
import { localDay } from '../../../src/shared/partialDate';

const text = 'Minister Quill said on Monday that the pier would close.';
const article: Article = {
  id: 'pier',
  headline: null,
  outlet: 'Invented Wire',
  published: '2031-05-14',
  dateline: null,
  url: null,
  text,
};
const mine: Article = { ...article, id: 'my-notes', outlet: 'My notes', own: true };
const quill: Actor = { id: 'quill', name: 'Ada Quill', shortName: 'Quill', kind: 'person' };
const crisis: Crisis = {
  id: 'pier-dispute',
  name: 'Pier dispute',
  start: '2031-05-01',
  end: '2031-06-30',
  trigger: null,
  description: 'Invented.',
};
const day = (start: string) => ({
  start,
  precision: 'day' as const,
  basis: 'relative' as const,
  explanation: 'x',
});
const source = (articleId: string) => ({
  article: articleId,
  excerpt: text,
  offset: 0,
  length: text.length,
  published: '2031-05-14',
});
const record = (id: string, field: 'title' | 'date' | 'actors' | 'crisis' | 'context') => ({
  id,
  field,
  at: '2031-05-15T09:00:00Z',
});

const machineRead: TimelineEvent = {
  id: 'machine',
  title: 'Quill: The pier would close',
  kind: 'statement',
  date: day('2031-05-12'),
  actors: [{ id: 'quill', role: 'speaker' }],
  crisis: 'pier-dispute',
  sources: [source('pier')],
};
const corrected: TimelineEvent = {
  ...machineRead,
  id: 'corrected',
  title: 'Quill announces the pier closure',
  date: day('2031-05-11'),
  corrected: {
    // Retitled twice: the field is said once, and the machine's title is the first.
    records: [record('c1', 'title'), record('c2', 'date'), record('c3', 'title')],
    machine: { title: 'Quill: The pier would close', date: day('2031-05-12') },
  },
};
const own: TimelineEvent = {
  ...machineRead,
  id: 'own',
  fromOwnArticles: true,
  sources: [source('my-notes')],
};

const input: ExportInput = {
  events: [machineRead, corrected, own],
  actors: new Map([[quill.id, quill]]),
  articles: new Map([
    [article.id, article],
    [mine.id, mine],
  ]),
  crises: new Map([[crisis.id, crisis]]),
  appUrl: 'https://host.test/',
};

const CORRECTED_NOTE =
  'Corrected by hand: title, date (the machine read: title “Quill: The pier would close”; date 12 May 2031).';

describe('what a person did, in words', () => {
  it.each<[string, TimelineEvent, string[], string | null]>([
    ['the machine’s reading', machineRead, [], null],
    ['a retitled and redated event', corrected, ['title', 'date'], CORRECTED_NOTE],
    [
      'other fields, named as a reader knows them',
      {
        ...machineRead,
        corrected: {
          records: [record('c1', 'actors'), record('c2', 'crisis'), record('c3', 'context')],
          machine: { actors: [{ id: 'quill', role: 'speaker' }], crisis: null, context: 'planned' },
        },
      },
      ['actors', 'crisis', 'context'],
      'Corrected by hand: who took part, crisis, news or context (the machine read: who took part Ada Quill (spoke); crisis none; still to come).',
    ],
  ])('%s', (_case, event, fields, note) => {
    expect(correctedFields(event)).toEqual(fields);
    expect(correctionNote(event, input)).toBe(note);
  });

  it('says an actor or crisis by id when the names are not at hand', () => {
    const event: TimelineEvent = {
      ...machineRead,
      corrected: {
        records: [record('c1', 'crisis')],
        machine: { crisis: 'pier-dispute', actors: [] },
      },
    };
    expect(machineReadings(event)).toEqual(['who took part no one', 'crisis pier-dispute']);
  });
});

describe('the exports', () => {
  const rows = parseCsv(toCsv(input), { bom: true, columns: true }) as Record<string, string>[];
  const entries = new ICAL.Component(ICAL.parse(toIcs(input)))
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v).description);
  const slides = toTimelineJs(input).events.map((slide) => slide.text.text ?? '');
  const citations = input.events.map((event) => citationOf(event, input, localDay(2031, 5, 20)));
  const pages = input.events.map((event) =>
    new DOMParser().parseFromString(
      sharePageHtml(event, input.articles, input.crises, curationNotes(event, input)),
      'text/html',
    ),
  );

  it('keeps the CSV’s old columns where they were, and adds the person’s after them', () => {
    expect(CSV_COLUMNS.slice(0, 17).at(-1)).toBe('event_link');
    expect(CSV_COLUMNS.slice(17)).toEqual([
      'own_article',
      'corrected',
      'machine_title',
      'machine_date',
      'machine_read',
    ]);
  });

  it.each([
    [0, { own_article: '', corrected: '', machine_title: '', machine_date: '', machine_read: '' }],
    [
      1,
      {
        title: 'Quill announces the pier closure',
        date_start: '2031-05-11',
        own_article: '',
        corrected: 'title; date',
        machine_title: 'Quill: The pier would close',
        machine_date: 'Monday 12 May 2031',
        machine_read: 'title “Quill: The pier would close”; date 12 May 2031',
      },
    ],
    [2, { own_article: 'yes', corrected: '' }],
  ])('CSV row %i', (index, expected) => {
    expect(rows[index]).toMatchObject(expected);
  });

  it.each([
    ['iCalendar', entries],
    ['TimelineJS', slides],
    ['citation', citations],
    ['share page', pages.map((page) => page.querySelector('main')?.textContent ?? '')],
  ])('%s says which event was corrected and which came from an added article', (_, texts) => {
    const [machine, hand, added] = texts;
    expect(hand).toContain(CORRECTED_NOTE);
    expect(added).toContain(OWN_ARTICLES_NOTE);
    for (const text of [machine, added]) expect(text).not.toContain('Corrected by hand');
    for (const text of [machine, hand]) expect(text).not.toContain(OWN_ARTICLES_NOTE);
  });

  it('cites the corrected values, and the machine’s only as what it read', () => {
    expect(citations[1]).toMatch(/^“Quill announces the pier closure”, 11 May 2031 /);
    expect(pages[1]!.querySelector('.curation')?.textContent).toBe(CORRECTED_NOTE);
    expect(pages[0]!.querySelector('.curation')).toBeNull();
  });
});
