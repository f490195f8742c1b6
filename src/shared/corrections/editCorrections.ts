/**
 * The correction records a person's edit of one event makes, as the event panel's
 * form hands it over: one record per field they changed (an unchanged field makes
 * none, so saving an untouched form leaves no trace), and one record for a drop,
 * a merge, a split or a passage attached as evidence. Each record carries the
 * machine's value as the person saw it, so the file says what was changed from
 * what (correctionsSchema.ts), and the same stamp: the records of one save are
 * one step of undo (recordCorrection.ts).
 */
import type { EventActor, EventDate, Precision, TimelineEvent } from '../schema';
import { parsePartialDate } from '../partialDate';
import type { Correction, Evidence, HandDate, Passage } from './correctionsSchema';
import { eventKeyOf } from './recordCorrection';

/** The values of an event a person can edit in one form. */
export interface EventEdit {
  title: string;
  date: HandDate;
  kind: TimelineEvent['kind'];
  actors: EventActor[];
  crisis: string | null;
  /** null: news of its own. */
  context: TimelineEvent['context'] | null;
}

/** When the records were made, a fresh id for each, and the person's note. */
export interface Stamp {
  at: string;
  newId(): string;
  note?: string;
}

/** The event's date as the form shows it: what a person would type. */
export function handDateOf(date: EventDate): HandDate {
  return {
    start: date.start,
    ...(date.end === undefined || date.end === date.start ? {} : { end: date.end }),
    precision: date.precision,
    ...(date.onOrBefore ? { onOrBefore: true as const } : {}),
  };
}

/** The precision a typed date says by its form: 2019, 2019-02 or 2019-02-14. */
function precisionOfForm(value: string): Precision | null {
  const parts = parsePartialDate(value);
  if (!parts) return null;
  if (parts.day !== undefined) return 'day';
  return parts.month === undefined ? 'year' : 'month';
}

export type DateReading = { ok: true; date: HandDate } | { ok: false; message: string };

/**
 * The date a person typed: a start, an optional inclusive end in the same form, and
 * "on or before". The precision is the form's, except that a week or decade the
 * machine read stays as it was while the person leaves its days alone.
 */
export function readHandDate(
  typed: { start: string; end: string; onOrBefore: boolean },
  before: HandDate,
): DateReading {
  const start = typed.start.trim();
  const end = typed.end.trim();
  const precision = precisionOfForm(start);
  if (!precision)
    return { ok: false, message: 'Give the date as 2019, 2019-02 or 2019-02-14 (a real day).' };
  if (end !== '' && precisionOfForm(end) !== precision)
    return { ok: false, message: 'Give the end in the same form as the start.' };
  if (end !== '' && end < start) return { ok: false, message: 'The end comes before the start.' };
  const untouched = start === before.start && end === (before.end ?? '');
  return {
    ok: true,
    date: {
      start,
      ...(end === '' || end === start ? {} : { end }),
      precision: untouched ? before.precision : precision,
      ...(typed.onOrBefore ? { onOrBefore: true as const } : {}),
    },
  };
}

/** The form's values before the person touches it. */
export function editOf(event: TimelineEvent): EventEdit {
  return {
    title: event.title,
    date: handDateOf(event.date),
    kind: event.kind,
    actors: event.actors.map((a) => ({ ...a })),
    crisis: event.crisis,
    context: event.context ?? null,
  };
}

const sameDate = (a: HandDate, b: HandDate) =>
  a.start === b.start &&
  (a.end ?? a.start) === (b.end ?? b.start) &&
  a.precision === b.precision &&
  Boolean(a.onOrBefore) === Boolean(b.onOrBefore);

const sameActors = (a: readonly EventActor[], b: readonly EventActor[]) =>
  a.length === b.length && a.every((x, i) => x.id === b[i]?.id && x.role === b[i]?.role);

function common(event: TimelineEvent, stamp: Stamp) {
  return {
    id: stamp.newId(),
    event: eventKeyOf(event),
    at: stamp.at,
    ...(stamp.note ? { note: stamp.note } : {}),
  };
}

/** One record for each field the edit changed, in the form's order. */
export function correctionsFromEdit(
  event: TimelineEvent,
  edit: EventEdit,
  stamp: Stamp,
): Correction[] {
  const machine = editOf(event);
  const out: Correction[] = [];
  const title = edit.title.trim();
  if (title !== machine.title)
    out.push({ ...common(event, stamp), field: 'title', machine: machine.title, person: title });
  if (!sameDate(edit.date, machine.date))
    out.push({ ...common(event, stamp), field: 'date', machine: machine.date, person: edit.date });
  if (edit.kind !== machine.kind)
    out.push({ ...common(event, stamp), field: 'kind', machine: machine.kind, person: edit.kind });
  if (!sameActors(edit.actors, machine.actors))
    out.push({
      ...common(event, stamp),
      field: 'actors',
      machine: machine.actors,
      person: edit.actors,
    });
  if (edit.crisis !== machine.crisis)
    out.push({
      ...common(event, stamp),
      field: 'crisis',
      machine: machine.crisis,
      person: edit.crisis,
    });
  if ((edit.context ?? null) !== machine.context)
    out.push({
      ...common(event, stamp),
      field: 'context',
      machine: machine.context ?? null,
      person: edit.context ?? null,
    });
  return out;
}

/** The event is not one: taken off the timeline, its title kept in the record. */
export function dropOf(event: TimelineEvent, stamp: Stamp): Correction {
  return { ...common(event, stamp), field: 'drop', machine: event.title };
}

/** `other` tells the same happening as `event`: its passages join `event`, and it goes. */
export function mergeOf(event: TimelineEvent, other: TimelineEvent, stamp: Stamp): Correction {
  return { ...common(event, stamp), field: 'merge', other: eventKeyOf(other) };
}

/** These passages of `event` tell another happening: a new event with this id and title. */
export function splitOf(
  event: TimelineEvent,
  passages: Passage[],
  person: { id: string; title: string },
  stamp: Stamp,
): Correction {
  return {
    ...common(event, stamp),
    field: 'split',
    passages,
    person: { id: person.id, title: person.title.trim() },
  };
}

/** Words the person selected in an article, attached to `event` as a source. */
export function evidenceOf(event: TimelineEvent, evidence: Evidence, stamp: Stamp): Correction {
  return { ...common(event, stamp), field: 'evidence', person: evidence };
}
