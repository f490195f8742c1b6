/**
 * Corrections that change one field of an event: the person's value goes in, the
 * machine's is kept beside it (provenance.ts). A value the timeline cannot hold
 * (an actor or crisis it does not know) is a reason, and the correction dangles.
 */
import type { Actor, EventDate, TimelineEvent } from '../schema';
import { shortDateOf } from '../dateWording';
import type { Correction, HandDate } from './correctionsSchema';
import { withRecord } from './provenance';

export type ValueCorrection = Extract<
  Correction,
  { field: 'title' | 'date' | 'kind' | 'actors' | 'crisis' | 'context' }
>;

export interface Known {
  /** Every actor an event may name: the timeline's and the knowledge base's. */
  actors: ReadonlyMap<string, Actor>;
  crises: ReadonlySet<string>;
}

export type Outcome = { ok: true; event: TimelineEvent } | { ok: false; reason: string };

/**
 * A date as a person gave it: basis "hand", so it is never worded as the text's
 * own day, and "on or before" only when they said so. The explanation says who
 * dated it and what the machine read.
 */
export function handDate(machine: EventDate, person: HandDate, at: string): EventDate {
  return {
    start: person.start,
    ...(person.end === undefined || person.end === person.start ? {} : { end: person.end }),
    precision: person.precision,
    basis: 'hand',
    explanation: `Dated by hand on ${at.slice(0, 10)}; the machine read ${shortDateOf(machine)}.`,
    ...(person.onOrBefore ? { onOrBefore: true as const } : {}),
  };
}

function withoutContext(event: TimelineEvent): TimelineEvent {
  const copy = { ...event };
  delete copy.context;
  return copy;
}

function unknownActor(correction: ValueCorrection, known: Known): string | null {
  if (correction.field !== 'actors') return null;
  const unknown = correction.person.find((a) => !known.actors.has(a.id));
  return unknown ? `actor "${unknown.id}" is in neither the timeline nor the knowledge base` : null;
}

export function applyValue(
  event: TimelineEvent,
  correction: ValueCorrection,
  known: Known,
): Outcome {
  const actorProblem = unknownActor(correction, known);
  if (actorProblem) return { ok: false, reason: actorProblem };
  switch (correction.field) {
    case 'title':
      return {
        ok: true,
        event: withRecord({ ...event, title: correction.person }, correction, {
          title: event.title,
        }),
      };
    case 'date':
      return {
        ok: true,
        event: withRecord(
          { ...event, date: handDate(event.date, correction.person, correction.at) },
          correction,
          { date: event.date },
        ),
      };
    case 'kind':
      return {
        ok: true,
        event: withRecord({ ...event, kind: correction.person }, correction, { kind: event.kind }),
      };
    case 'actors':
      return {
        ok: true,
        event: withRecord({ ...event, actors: correction.person }, correction, {
          actors: event.actors,
        }),
      };
    case 'crisis':
      if (correction.person !== null && !known.crises.has(correction.person))
        return { ok: false, reason: `crisis "${correction.person}" is not in the timeline` };
      return {
        ok: true,
        event: withRecord({ ...event, crisis: correction.person }, correction, {
          crisis: event.crisis,
        }),
      };
    case 'context': {
      const changed =
        correction.person === null
          ? withoutContext(event)
          : { ...event, context: correction.person };
      return {
        ok: true,
        event: withRecord(changed, correction, { context: event.context ?? null }),
      };
    }
  }
}
