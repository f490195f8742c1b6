/**
 * The exports, each read back by a reader that is not the one that wrote it
 * (csv-parse for the CSV, Mozilla's ical.js for the calendar), on tiny inline
 * events, one of them hostile.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import type { Actor, Article, Crisis, TimelineEvent } from '../../../src/shared/schema';
import { CSV_COLUMNS, toCsv } from '../../../src/shared/share/csv';
import { toIcs } from '../../../src/shared/share/ics';
import { toTimelineJs } from '../../../src/shared/share/timelineJs';
import { citationOf } from '../../../src/shared/share/citation';
import type { ExportInput } from '../../../src/shared/share/exportInput';
import { localDay } from '../../../src/shared/partialDate';

const HOSTILE = '=HYPERLINK("http://x.test","y") <script>alert(1)</script>';
const text = 'The envoy said: "They must act now." Later, aid was cut.';
const article: Article = {
  id: 'a1',
  headline: 'Envoy presses for action',
  outlet: 'Wire',
  published: '2019-03-16',
  dateline: null,
  url: 'https://news.test/envoy',
  text,
};
const hostileArticle: Article = { ...article, id: 'a2', headline: '@SUM(A1:A2)', url: null };
const crisis: Crisis = {
  id: 'c1',
  name: 'A crisis',
  start: '2019-02-14',
  end: '2019-03-31',
  trigger: null,
  description: 'd',
};
const actor: Actor = { id: 'envoy', name: 'The Envoy', shortName: 'Envoy', kind: 'person' };
const source = (articleId: string, excerpt: string, published: string) => ({
  article: articleId,
  excerpt,
  offset: text.indexOf(excerpt),
  length: excerpt.length,
  published,
});
const events: TimelineEvent[] = [
  {
    id: 'e-day',
    title: 'Envoy: they must act',
    kind: 'statement',
    date: { start: '2019-03-15', precision: 'day', basis: 'relative', explanation: 'x' },
    actors: [{ id: 'envoy', role: 'speaker' }],
    crisis: 'c1',
    sources: [source('a1', 'They must act now.', '2019-03-16')],
  },
  {
    id: 'e-month',
    title: HOSTILE,
    kind: 'policy',
    date: { start: '2018-01', precision: 'month', basis: 'explicit', explanation: 'x' },
    actors: [],
    crisis: null,
    place: '-1 Street',
    sources: [
      source('a1', 'aid was cut', '2019-03-16'),
      source('a2', 'Later, aid was cut.', '2019-03-16'),
    ],
  },
];
const input: ExportInput = {
  events,
  actors: new Map([[actor.id, actor]]),
  articles: new Map([
    [article.id, article],
    [hostileArticle.id, { ...hostileArticle, text }],
  ]),
  crises: new Map([[crisis.id, crisis]]),
  appUrl: 'https://host.test/sub/',
  viewUrl: 'https://host.test/sub/?crisis=c1',
};

describe('CSV', () => {
  const csv = toCsv(input);
  const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];

  it('has one row per event and source, under the named columns', () => {
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => [r.title?.replace(/^'/, ''), r.outlet])).toEqual([
      ['Envoy: they must act', 'Wire'],
      [HOSTILE, 'Wire'],
      [HOSTILE, 'Wire'],
    ]);
    expect(rows[0]).toMatchObject({
      date_start: '2019-03-15',
      precision: 'day',
      basis: 'relative',
      date_said: 'Friday 15 March 2019',
      date_certainty: 'worked out from the text, right to within a day',
      kind: 'Statement',
      actors: 'The Envoy (spoke)',
      crisis: 'A crisis',
      headline: 'Envoy presses for action',
      url: 'https://news.test/envoy',
      published: '2019-03-16',
      excerpt: 'They must act now.',
      event_link: 'https://host.test/sub/?event=e-day',
    });
  });

  it('starts with a byte-order mark and keeps quotes and commas inside their cell', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(rows[1]!.title).toContain('"http://x.test","y"');
  });

  it('makes every cell that a spreadsheet would run as a formula inert', () => {
    for (const row of rows)
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[1]!.title).toBe(`'${HOSTILE}`);
    expect(rows[2]!.headline).toBe("'@SUM(A1:A2)");
    expect(rows[1]!.place).toBe("'-1 Street");
  });
});

describe('iCalendar', () => {
  const calendar = new ICAL.Component(ICAL.parse(toIcs(input)));
  const entries = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('has each event as an all-day entry over the days its date covers', () => {
    expect(entries.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString()])).toEqual([
      ['Envoy: they must act', '2019-03-15', '2019-03-16'],
      [HOSTILE, '2018-01-01', '2018-02-01'],
    ]);
    expect(entries.every((e) => e.startDate.isDate)).toBe(true);
    expect(entries.map((e) => e.uid)).toEqual(['e-day@crisis-timeline', 'e-month@crisis-timeline']);
  });

  it('says which view it was made from', () => {
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe(
      'As filtered at https://host.test/sub/?crisis=c1',
    );
  });

  it('puts the passages, the source and the link back in the description', () => {
    const first = entries[0]!.description;
    expect(first).toContain('“They must act now.”');
    expect(first).toContain(
      '— Wire, “Envoy presses for action”, 16 Mar 2019. https://news.test/envoy',
    );
    expect(first).toContain('https://host.test/sub/?event=e-day');
    expect(entries[1]!.location).toBe('-1 Street');
  });
});

describe('TimelineJS3', () => {
  const file = toTimelineJs(input);

  it('gives each event a slide with dates at their precision, a group and a credit', () => {
    expect(file.events.map((s) => [s.start_date, s.end_date, s.group, s.unique_id])).toEqual([
      [{ year: 2019, month: 3, day: 15 }, undefined, 'A crisis', 'e-day'],
      [{ year: 2018, month: 1 }, undefined, 'Between crises', 'e-month'],
    ]);
    expect(file.events[0]!.media).toEqual({
      url: '<blockquote>They must act now.</blockquote>',
      credit: 'Wire, “Envoy presses for action”, 16 Mar 2019',
    });
    expect(file.eras).toEqual([
      {
        start_date: { year: 2019, month: 2, day: 14 },
        end_date: { year: 2019, month: 3, day: 31 },
        text: { headline: 'A crisis' },
      },
    ]);
  });

  it('says on its title slide which view it was made from', () => {
    expect(file.title.text.text).toContain('2 events');
    expect(file.title.text.text).toContain('href="https://host.test/sub/?crisis=c1"');
  });

  it('escapes every text it gives TimelineJS, which reads them as HTML', () => {
    const hostile = file.events[1]!;
    expect(hostile.text.headline).toBe(
      '=HYPERLINK(&quot;http://x.test&quot;,&quot;y&quot;) &lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(JSON.stringify(file)).not.toMatch(/<script/i);
    expect(hostile.text.text).toContain('<blockquote>Later, aid was cut.</blockquote>');
  });
});

describe('citation', () => {
  it('names the event, each source with its address, and the link back', () => {
    expect(citationOf(events[0]!, input, localDay(2026, 11, 1))).toBe(
      '“Envoy: they must act”, 15 Mar 2019 (worked out from the text, right to within a day). Source: Wire, “Envoy presses for action”, 16 Mar 2019, https://news.test/envoy. ' +
        'In Crisis timeline: US statements on Pakistan and terrorism, 2016–2025, https://host.test/sub/?event=e-day (consulted 1 Dec 2026).',
    );
  });

  it('lists several sources, and says so when one has no address', () => {
    const text = citationOf(events[1]!, input, localDay(2026, 11, 1));
    expect(text).toContain(
      'Sources: Wire, “Envoy presses for action”, 16 Mar 2019, https://news.test/envoy; Wire, “@SUM(A1:A2)”, 16 Mar 2019.',
    );
  });
});

describe('a date the text does not give, in every export', () => {
  const undated: TimelineEvent = {
    ...events[0]!,
    id: 'e-undated',
    date: {
      start: '2019-03-16',
      precision: 'day',
      basis: 'publication',
      onOrBefore: true,
      explanation: 'x',
    },
  };
  const one = { ...input, events: [undated] };
  const ics = new ICAL.Event(
    new ICAL.Component(ICAL.parse(toIcs(one))).getFirstSubcomponent('vevent')!,
  );
  const csvRow = (
    parseCsv(toCsv(one), { bom: true, columns: true }) as Record<string, string>[]
  )[0]!;
  const slide = toTimelineJs(one).events[0]!;

  it.each([
    ['CSV', csvRow.date_said],
    ['iCalendar summary', ics.summary],
    ['iCalendar description', ics.description],
    ['TimelineJS display_date', slide.display_date],
    ['TimelineJS text', slide.text.text],
    ['citation', citationOf(undated, input, localDay(2026, 11, 1))],
  ])('%s says "on or before"', (_where, text) => {
    expect(text).toMatch(/on or before/i);
  });

  it('words it as the details do', () => {
    expect(csvRow.date_certainty).toBe(
      'the latest day it can have happened: the text gives no date',
    );
    expect(slide.display_date).toBe('On or before 16 Mar 2019');
    expect(ics.description).toContain(
      'On or before Saturday 16 March 2019 (the latest day it can have happened: the text gives no date)',
    );
  });
});
