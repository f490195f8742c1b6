/**
 * Applies a person's corrections to the machine's timeline, in the order they were
 * made. Pure: the CLI runs it after extraction, the workspace in the browser on the
 * worker's events. Each correction re-finds its event (locateEvent.ts); one whose
 * event or passage is gone comes back as dangling, with the reason, and changes
 * nothing: never applied to something else, never dropped in silence.
 */
import type { Actor, Article, TimelineEvent, TimelineFile } from '../schema';
import type { Correction, CorrectionsFile } from './correctionsSchema';
import { locateEvent, type Located } from './locateEvent';
import { applyValue, type Known } from './valueCorrections';
import { attachEvidence, merge, split } from './eventCorrections';

export interface AppliedCorrection {
  id: string;
  field: Correction['field'];
  /** The event it changed (for a drop or merge, the one taken off or merged into). */
  event: string;
  /** Set when the event's id moved since the correction was made: it was found by passage. */
  movedFrom?: string;
}

export interface DanglingCorrection {
  id: string;
  field: Correction['field'];
  /** The id the correction was made on. */
  event: string;
  reason: string;
}

export interface CorrectedTimeline {
  timeline: TimelineFile;
  applied: AppliedCorrection[];
  dangling: DanglingCorrection[];
}

export interface ApplyOptions {
  /** Actors a correction may name beyond the timeline's own (the knowledge base's). */
  actors?: readonly Actor[];
}

/** The events and what they may refer to, as the corrections change them. */
interface State {
  events: TimelineEvent[];
  articles: ReadonlyMap<string, Article>;
  known: Known;
  /** Event id → the correction that dropped or merged it away. */
  gone: Map<string, string>;
}

type Step = { ok: true; event: string } | { ok: false; reason: string };

function replace(state: State, id: string, ...events: TimelineEvent[]): void {
  const at = state.events.findIndex((e) => e.id === id);
  state.events.splice(at, 1, ...events);
}

function find(state: State, key: Correction['event']): Located {
  const located = locateEvent(state.events, key, state.articles);
  const goneBy = state.gone.get(key.id);
  if (!located.found && goneBy !== undefined)
    return { found: false, reason: `event "${key.id}" was taken off by correction "${goneBy}"` };
  return located;
}

function step(state: State, event: TimelineEvent, correction: Correction): Step {
  switch (correction.field) {
    case 'drop':
      replace(state, event.id);
      state.gone.set(event.id, correction.id);
      return { ok: true, event: event.id };
    case 'merge': {
      const other = find(state, correction.other);
      if (!other.found) return { ok: false, reason: `the event to merge in: ${other.reason}` };
      if (other.event.id === event.id)
        return { ok: false, reason: `both events it merges are now "${event.id}"` };
      replace(state, event.id, merge(event, other.event, correction));
      replace(state, other.event.id);
      state.gone.set(other.event.id, correction.id);
      return { ok: true, event: event.id };
    }
    case 'split': {
      const taken = (id: string) => state.events.some((e) => e.id === id);
      const outcome = split(event, correction, taken);
      if (!outcome.ok) return outcome;
      replace(state, event.id, outcome.kept, outcome.split);
      return { ok: true, event: event.id };
    }
    case 'evidence': {
      const outcome = attachEvidence(event, correction, state.articles);
      if (!outcome.ok) return outcome;
      replace(state, event.id, outcome.event);
      return { ok: true, event: event.id };
    }
    default: {
      const outcome = applyValue(event, correction, state.known);
      if (!outcome.ok) return outcome;
      replace(state, event.id, outcome.event);
      return { ok: true, event: event.id };
    }
  }
}

/**
 * The actors the corrected events name, as the pipeline lists them: the timeline's
 * own first, then those a correction brought in from the catalogue; one that no
 * event names any more (its event was dropped) goes.
 */
function actorsInUse(timeline: TimelineFile, events: TimelineEvent[], known: Known): Actor[] {
  const used = new Set(events.flatMap((e) => e.actors.map((a) => a.id)));
  const listed = new Set(timeline.actors.map((a) => a.id));
  const added = [...used].filter((id) => !listed.has(id)).sort();
  return [
    ...timeline.actors.filter((a) => used.has(a.id)),
    ...added.map((id) => known.actors.get(id)!),
  ];
}

/** In the order the corrections were made; the file's order where two share a time. */
function inOrderMade(corrections: readonly Correction[]): Correction[] {
  return corrections
    .map((c, i) => ({ c, i, t: Date.parse(c.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ c }) => c);
}

export function applyCorrections(
  timeline: TimelineFile,
  file: Pick<CorrectionsFile, 'corrections'>,
  options: ApplyOptions = {},
): CorrectedTimeline {
  const known: Known = {
    actors: new Map([...(options.actors ?? []), ...timeline.actors].map((a) => [a.id, a])),
    crises: new Set(timeline.crises.map((c) => c.id)),
  };
  const state: State = {
    events: [...timeline.events],
    articles: new Map(timeline.articles.map((a) => [a.id, a])),
    known,
    gone: new Map(),
  };
  const applied: AppliedCorrection[] = [];
  const dangling: DanglingCorrection[] = [];
  for (const correction of inOrderMade(file.corrections)) {
    const { id, field } = correction;
    const located = find(state, correction.event);
    const done: Step = located.found
      ? step(state, located.event, correction)
      : { ok: false, reason: located.reason };
    if (done.ok)
      applied.push({
        id,
        field,
        event: done.event,
        ...(located.found && located.movedFrom ? { movedFrom: located.movedFrom } : {}),
      });
    else dangling.push({ id, field, event: correction.event.id, reason: done.reason });
  }
  const events = state.events.sort(
    (a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id),
  );
  return {
    timeline: { ...timeline, actors: actorsInUse(timeline, events, known), events },
    applied,
    dangling,
  };
}
