// @vitest-environment jsdom
/**
 * The exports and share page on hostile values, each read back by a reader that is
 * not the writer: csv-parse, Mozilla's ical.js, a browser's HTML parser.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import type { Article, EventDate, TimelineEvent } from '../../../src/shared/schema';
import { toCsv } from '../../../src/shared/share/csv';
import { toIcs } from '../../../src/shared/share/ics';
import { toTimelineJs } from '../../../src/shared/share/timelineJs';
import { sharePageHtml } from '../../../src/shared/share/eventPage';
import type { ExportInput } from '../../../src/shared/share/exportInput';
import { tinyTimeline } from '../tinyTimeline';

function inputWith(events: Partial<TimelineEvent>[], crisisName = 'A crisis'): ExportInput {
  const file = tinyTimeline();
  const base = file.events[0]!;
  return {
    events: events.map((e, i) => ({ ...base, id: `e${i}`, ...e })),
    actors: new Map(),
    articles: new Map(file.articles.map((a) => [a.id, a])),
    crises: new Map([
      [
        'c',
        {
          id: 'c',
          name: crisisName,
          start: '2019-01-01',
          end: '2019-12-31',
          trigger: null,
          description: 'd',
        },
      ],
    ]),
    appUrl: 'https://host.test/',
  };
}

describe('CSV: every cell a spreadsheet could read as a formula is inert', () => {
  it.each([
    ['a formula with a line break after it', '=HYPERLINK("http://x.test")\nsee'],
    ['a formula after a line break', '\n=1+1'],
    ['a formula with a carriage return in it', '+1\r+2'],
    ['a formula after spaces, which a spreadsheet trims', '  =1+1'],
    ['a formula after a no-break space', '\u00A0@SUM(A1)'],
    ['a formula after a zero-width space', '\u200B-1+2'],
    ['a full-width equals sign', '\uFF1D1+1'],
  ])('%s', (_, title) => {
    const [row] = parseCsv(toCsv(inputWith([{ title }])), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(row!.title).toBe(`'${title}`);
  });

  it('leaves a cell that only holds such a sign later on as it is', () => {
    const [row] = parseCsv(toCsv(inputWith([{ title: 'Talks\n= progress' }])), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(row!.title).toBe('Talks\n= progress');
  });
});

describe('iCalendar: the last day a four-digit year can name', () => {
  const day = (start: string, precision: EventDate['precision'], end?: string): EventDate => ({
    start,
    ...(end ? { end } : {}),
    precision,
    basis: 'explicit',
    explanation: 'x',
  });

  it.each<[string, EventDate, string, number]>([
    ['9999-12-31', day('9999-12-31', 'day'), '9999-12-31', 1],
    ['a span ending on it', day('9999-12-30', 'day', '9999-12-31'), '9999-12-30', 2],
    ['December 9999', day('9999-12', 'month'), '9999-12-01', 31],
    ['the year 9999', day('9999', 'year'), '9999-01-01', 365],
  ])('%s is written with no five-digit year, lasting its days', (_, date, start, days) => {
    const text = toIcs(inputWith([{ date }]));
    expect(text).not.toMatch(/^DT(START|END)[^:\r\n]*:\d{9}/m);
    const [entry] = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(entry!.startDate.toString()).toBe(start);
    expect(entry!.duration.toSeconds()).toBe(days * 86_400);
  });

  it('keeps DTEND for an ordinary entry beside one that needs a duration', () => {
    const text = toIcs(inputWith([{}, { date: day('9999-12-31', 'day') }, {}]));
    expect(text.match(/DTEND/g)).toHaveLength(2);
    expect(text.match(/DURATION:P1D/g)).toHaveLength(1);
  });
});

describe('TimelineJS: the group is escaped for the way TimelineJS reads it', () => {
  it('escapes a crisis name with markup twice: TimelineJS takes the text of its HTML, then shows that as HTML', () => {
    const file = toTimelineJs(inputWith([{ crisis: 'c' }], '<img src=x onerror=alert(1)> & co'));
    const group = file.events[0]!.group!;
    // What TimelineJS does with it (its _tidyFields, then the group label's innerHTML).
    const text = new DOMParser().parseFromString(group, 'text/html').body.textContent!;
    const label = document.createElement('div');
    label.innerHTML = text;
    expect(label.children).toHaveLength(0);
    expect(label.textContent).toBe('<img src=x onerror=alert(1)> & co');
  });
});

describe('share page: the preview is cut between characters', () => {
  it.each([
    // No space to cut at: the old cut fell at half the length, unit 110.
    ['an emoji', 'x'.repeat(109) + '\u{1F600}'.repeat(60)],
    ['an emoji, with no letter before', 'x' + '\u{1F600}'.repeat(200)],
    ['a flag', 'x'.repeat(108) + '\u{1F1F5}\u{1F1F0}'.repeat(60)],
    ['a letter and its accent', 'x'.repeat(109) + 'e\u0301'.repeat(60)],
  ])('at %s', (_, excerpt) => {
    const article: Article = { ...tinyTimeline().articles[0]!, text: excerpt };
    const event: TimelineEvent = {
      ...tinyTimeline().events[0]!,
      sources: [
        { article: 'a', excerpt, offset: 0, length: excerpt.length, published: '2019-03-01' },
      ],
    };
    const html = sharePageHtml(event, new Map([['a', article]]), new Map());
    const description = new DOMParser()
      .parseFromString(html, 'text/html')
      .querySelector('meta[property="og:description"]')!
      .getAttribute('content')!;
    expect(description).toContain('…');
    expect(description).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
    expect(description.normalize('NFC')).not.toMatch(/e…|[\u{1F1F5}]…/u);
    expect(excerpt.startsWith(description.slice(1, description.indexOf('…')))).toBe(true);
  });
});
