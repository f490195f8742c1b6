import { describe, expect, it } from 'vitest';
import {
  correctionsFromEdit,
  dropOf,
  editOf,
  mergeOf,
  readHandDate,
  splitOf,
  type EventEdit,
  type Stamp,
} from '../../../src/shared/corrections/editCorrections';
import { applyCorrections } from '../../../src/shared/corrections/applyCorrections';
import { parseCorrections } from '../../../src/shared/corrections/parseCorrections';
import { emptyCorrections } from '../../../src/shared/corrections/correctionsSchema';
import type { HandDate } from '../../../src/shared/corrections/correctionsSchema';
import { CLOSED, PROTEST, harbourTimeline, sourceOf } from './harbourTimeline';

const AT = '2031-06-02T09:00:00Z';
function stamp(note?: string): Stamp {
  let n = 0;
  return { at: AT, newId: () => `s-${++n}`, ...(note ? { note } : {}) };
}

const closed = () => harbourTimeline().events[0]!;

describe('the records an edit makes', () => {
  const cases: [string, (e: EventEdit) => EventEdit, string[]][] = [
    ['nothing changed: none', (e) => e, []],
    ['spaces round the same title: none', (e) => ({ ...e, title: ` ${e.title} ` }), []],
    ['a new title', (e) => ({ ...e, title: 'Pier shut' }), ['title']],
    ['a kind', (e) => ({ ...e, kind: 'policy' }), ['kind']],
    ['a crisis', (e) => ({ ...e, crisis: 'pier-dispute' }), ['crisis']],
    ['context', (e) => ({ ...e, context: 'passing' }), ['context']],
    ['a role', (e) => ({ ...e, actors: [{ id: 'veloria', role: 'speaker' }] }), ['actors']],
    [
      'a span and a title at once, in the form order',
      (e) => ({
        ...e,
        title: 'Pier shut for a week',
        date: { start: '2031-05-12', end: '2031-05-19', precision: 'day' },
      }),
      ['title', 'date'],
    ],
    ['"on or before" alone', (e) => ({ ...e, date: { ...e.date, onOrBefore: true } }), ['date']],
  ];
  it.each(cases)('%s', (_, change, fields) => {
    const event = closed();
    const step = correctionsFromEdit(event, change(editOf(event)), stamp());
    expect(step.map((c) => c.field)).toEqual(fields);
  });

  it('keeps the machine value, the person value, one stamp and the note on each', () => {
    const event = closed();
    const step = correctionsFromEdit(
      event,
      { ...editOf(event), title: 'Pier shut', kind: 'policy' },
      stamp('From the harbour notice.'),
    );
    expect(step).toEqual([
      expect.objectContaining({
        id: 's-1',
        field: 'title',
        machine: event.title,
        person: 'Pier shut',
        at: AT,
        note: 'From the harbour notice.',
      }),
      expect.objectContaining({
        id: 's-2',
        field: 'kind',
        machine: 'statement',
        person: 'policy',
        at: AT,
        note: 'From the harbour notice.',
      }),
    ]);
  });

  it('makes records the strict reader accepts and that apply to the event', () => {
    const timeline = harbourTimeline();
    const [event, , protest] = timeline.events;
    const once = stamp();
    const step = [
      ...correctionsFromEdit(event!, { ...editOf(event!), title: 'Pier shut' }, once),
      mergeOf(event!, protest!, once),
    ];
    const parsed = parseCorrections({ ...emptyCorrections(), corrections: step });
    expect(parsed).toMatchObject({ ok: true });
    const { timeline: corrected, dangling } = applyCorrections(timeline, { corrections: step });
    expect(dangling).toEqual([]);
    const shut = corrected.events.find((e) => e.id === event!.id)!;
    expect(shut.title).toBe('Pier shut');
    expect(shut.sources.map((s) => s.excerpt)).toEqual([CLOSED, PROTEST]);
    expect(corrected.events.some((e) => e.id === protest!.id)).toBe(false);
  });

  it('drops, and splits passages off under a new id', () => {
    const timeline = harbourTimeline();
    const event = timeline.events[0]!;
    event.sources.push(sourceOf('pier', PROTEST));
    const split = splitOf(
      event,
      [{ article: 'pier', excerpt: PROTEST }],
      { id: 'protest-split', title: ' The protest ' },
      stamp(),
    );
    expect(split).toMatchObject({
      field: 'split',
      person: { id: 'protest-split', title: 'The protest' },
    });
    const drop = dropOf(timeline.events[3]!, stamp());
    expect(drop).toMatchObject({ field: 'drop', machine: 'Veloria reopens the northern pier' });
    const { timeline: after, dangling } = applyCorrections(timeline, {
      corrections: [split, { ...drop, id: 'd' }],
    });
    expect(dangling).toEqual([]);
    expect(after.events.map((e) => e.id)).toEqual([
      '2031-05-12-pier-closed',
      '2031-05-12-quill-on-closure',
      'protest-split',
      '2031-05-13-dock-protest',
    ]);
  });
});

describe('a date as typed', () => {
  const before: HandDate = { start: '2031-05-12', precision: 'day' };
  const week: HandDate = { start: '2031-05-12', end: '2031-05-18', precision: 'week' };
  const cases: [string, { start: string; end: string; onOrBefore: boolean }, HandDate, unknown][] =
    [
      [
        'a day',
        { start: '2031-05-13', end: '', onOrBefore: false },
        before,
        { start: '2031-05-13', precision: 'day' },
      ],
      [
        'a month',
        { start: '2031-05', end: '', onOrBefore: false },
        before,
        { start: '2031-05', precision: 'month' },
      ],
      [
        'a year',
        { start: ' 2031 ', end: '', onOrBefore: false },
        before,
        { start: '2031', precision: 'year' },
      ],
      [
        'a span of days',
        { start: '2031-05-12', end: '2031-05-14', onOrBefore: false },
        before,
        { start: '2031-05-12', end: '2031-05-14', precision: 'day' },
      ],
      [
        'an end equal to the start is one day',
        { start: '2031-05-12', end: '2031-05-12', onOrBefore: false },
        before,
        { start: '2031-05-12', precision: 'day' },
      ],
      [
        'on or before',
        { start: '2031-05-12', end: '', onOrBefore: true },
        before,
        { start: '2031-05-12', precision: 'day', onOrBefore: true },
      ],
      [
        'a week left alone stays a week',
        { start: '2031-05-12', end: '2031-05-18', onOrBefore: false },
        week,
        week,
      ],
      [
        'a week moved is days',
        { start: '2031-05-13', end: '2031-05-18', onOrBefore: false },
        week,
        { start: '2031-05-13', end: '2031-05-18', precision: 'day' },
      ],
    ];
  it.each(cases)('%s', (_, typed, was, date) => {
    expect(readHandDate(typed, was)).toEqual({ ok: true, date });
  });

  const refused: [string, { start: string; end: string; onOrBefore: boolean }][] = [
    ['no date', { start: '', end: '', onOrBefore: false }],
    ['not a day of the calendar', { start: '2031-02-30', end: '', onOrBefore: false }],
    ['words', { start: 'May 2031', end: '', onOrBefore: false }],
    ['an end in another form', { start: '2031-05-12', end: '2031-06', onOrBefore: false }],
    ['an end before the start', { start: '2031-05-12', end: '2031-05-01', onOrBefore: false }],
  ];
  it.each(refused)('refuses %s, saying why', (_, typed) => {
    const read = readHandDate(typed, before);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.message).toMatch(/\w+/);
  });
});
