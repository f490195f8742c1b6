import { describe, expect, it } from 'vitest';
import { dateWording } from '../../../src/shared/dateWording';
import type { Correction } from '../../../src/shared/corrections/correctionsSchema';
import { harbourTimeline, madeAt } from './harbourTimeline';
import { CLOSED_KEY, QUILL_KEY, REOPEN_KEY, apply, eventOf } from './applying';

describe('a value corrected by hand, the machine’s value kept beside it', () => {
  const cases: {
    name: string;
    correction: Correction;
    expected: Record<string, unknown>;
    machine: Record<string, unknown>;
  }[] = [
    {
      name: 'title',
      correction: {
        ...madeAt(1),
        event: CLOSED_KEY,
        field: 'title',
        machine: 'Veloria closes the northern pier',
        person: 'Harbour authority shuts the northern pier',
      },
      expected: { title: 'Harbour authority shuts the northern pier' },
      machine: { title: 'Veloria closes the northern pier' },
    },
    {
      name: 'kind',
      correction: {
        ...madeAt(1),
        event: CLOSED_KEY,
        field: 'kind',
        machine: 'statement',
        person: 'policy',
      },
      expected: { kind: 'policy' },
      machine: { kind: 'statement' },
    },
    {
      name: 'actors and roles',
      correction: {
        ...madeAt(1),
        event: QUILL_KEY,
        field: 'actors',
        machine: [{ id: 'veloria', role: 'agent' }],
        person: [{ id: 'ada-quill', role: 'speaker' }],
      },
      expected: { actors: [{ id: 'ada-quill', role: 'speaker' }] },
      machine: { actors: [{ id: 'veloria', role: 'agent' }] },
    },
    {
      name: 'crisis',
      correction: {
        ...madeAt(1),
        event: CLOSED_KEY,
        field: 'crisis',
        machine: null,
        person: 'pier-dispute',
      },
      expected: { crisis: 'pier-dispute' },
      machine: { crisis: null },
    },
    {
      name: 'context: a plan, not news',
      correction: {
        ...madeAt(1),
        event: QUILL_KEY,
        field: 'context',
        machine: null,
        person: 'planned',
      },
      expected: { context: 'planned' },
      machine: { context: null },
    },
  ];
  it.each(cases)('$name', ({ correction, expected, machine }) => {
    const { timeline, applied, dangling } = apply([correction]);
    expect(dangling).toEqual([]);
    expect(applied).toEqual([
      { id: correction.id, field: correction.field, event: correction.event.id },
    ]);
    const event = eventOf(timeline, correction.event.id)!;
    expect(event).toMatchObject(expected);
    expect(event.corrected?.machine).toEqual(machine);
    expect(event.corrected?.records).toEqual([
      { id: correction.id, field: correction.field, at: correction.at },
    ]);
  });

  it('takes an event back to news of its own, keeping that the machine had it as a plan', () => {
    const planned = harbourTimeline();
    planned.events[1]!.context = 'planned';
    const { timeline } = apply(
      [{ ...madeAt(1), event: QUILL_KEY, field: 'context', machine: 'planned', person: null }],
      planned,
    );
    const event = eventOf(timeline, QUILL_KEY.id)!;
    expect('context' in event).toBe(false);
    expect(event.corrected?.machine.context).toBe('planned');
  });

  it('keeps the machine’s first reading when a title is corrected twice, and every record', () => {
    const first = {
      ...madeAt(1),
      event: CLOSED_KEY,
      field: 'title' as const,
      machine: 'x',
      person: 'Pier shut',
    };
    const second = {
      ...madeAt(2),
      event: CLOSED_KEY,
      field: 'title' as const,
      machine: 'x',
      person: 'Pier closed',
      note: 'Closed, not shut',
    };
    const event = eventOf(apply([second, first]).timeline, CLOSED_KEY.id)!;
    expect(event.title).toBe('Pier closed');
    expect(event.corrected?.machine.title).toBe('Veloria closes the northern pier');
    expect(event.corrected?.records.map((r) => r.id)).toEqual([first.id, second.id]);
    expect(event.corrected?.records[1]?.note).toBe('Closed, not shut');
  });
});

describe('a date corrected by hand', () => {
  const machine = { start: '2031-05-12', precision: 'day' as const };
  it.each([
    {
      person: { start: '2031-05-11', precision: 'day' as const },
      end: undefined,
      onOrBefore: undefined,
    },
    {
      person: { start: '2031-05-11', end: '2031-05-13', precision: 'day' as const },
      end: '2031-05-13',
      onOrBefore: undefined,
    },
    {
      person: { start: '2031-05', precision: 'month' as const },
      end: undefined,
      onOrBefore: undefined,
    },
    {
      person: { start: '2031-05-12', precision: 'day' as const, onOrBefore: true as const },
      end: undefined,
      onOrBefore: true,
    },
  ])(
    '$person.start $person.precision to $end, on or before: $onOrBefore',
    ({ person, end, onOrBefore }) => {
      const correction: Correction = {
        ...madeAt(3),
        event: CLOSED_KEY,
        field: 'date',
        machine,
        person,
      };
      const event = eventOf(apply([correction]).timeline, CLOSED_KEY.id)!;
      expect(event.date).toMatchObject({
        start: person.start,
        precision: person.precision,
        basis: 'hand',
      });
      expect(event.date.end).toBe(end);
      expect(event.date.onOrBefore).toBe(onOrBefore);
      expect(event.date.explanation).toBe(
        'Dated by hand on 2031-06-01; the machine read 12 May 2031.',
      );
      expect(event.corrected?.machine.date).toEqual(harbourTimeline().events[0]!.date);
    },
  );

  it('no longer reads as "on or before" when the person knows the day of a publication date', () => {
    const undated = harbourTimeline();
    undated.events[0]!.date = {
      start: '2031-05-14',
      precision: 'day',
      basis: 'publication',
      explanation: 'x',
      onOrBefore: true,
    };
    const correction: Correction = {
      ...madeAt(3),
      event: CLOSED_KEY,
      field: 'date',
      machine: { start: '2031-05-14', precision: 'day', onOrBefore: true },
      person: { start: '2031-05-12', precision: 'day' },
    };
    const event = eventOf(apply([correction], undated).timeline, CLOSED_KEY.id)!;
    // A person's day, worded as theirs: neither "on or before" nor the text's own day.
    expect(event.date.basis).toBe('hand');
    expect(event.date.onOrBefore).toBeUndefined();
    expect(dateWording(event.date)).toMatchObject({
      when: 'Monday 12 May 2031',
      certainty: 'dated by hand',
    });
  });

  it('moves the event to its new place in the order of events', () => {
    const correction: Correction = {
      ...madeAt(3),
      event: REOPEN_KEY,
      field: 'date',
      machine,
      person: { start: '2031-05-01', precision: 'day' },
    };
    expect(apply([correction]).timeline.events[0]!.id).toBe(REOPEN_KEY.id);
  });
});
