/** Which lane an event sits in when the timeline is split by crisis or by actor kind. */
import type { Actor, Crisis } from './schema';
import type { Grouping } from './urlState';
import { ACTOR_KIND_LABELS } from './kinds';
import type { EventOutline } from './timelineParts';

export interface Lane {
  id: string;
  label: string;
}

export interface Lanes {
  lanes: Lane[];
  laneOf(event: EventOutline): string;
}

/** The actor an event is about: who spoke or acted, else the first one named. */
function mainActor(event: EventOutline): string | undefined {
  return (event.actors.find((a) => a.role === 'speaker' || a.role === 'agent') ?? event.actors[0])
    ?.id;
}

/** Lane ids outside the "crisis:<id>" and "kind:<kind>" forms, so no id can take them. */
export const NO_CRISIS = 'no-crisis';
/** What an event of no crisis is: the crises are the period's, and the rest fell between them. */
export const BETWEEN_CRISES = 'Between crises';
export const NO_ACTOR = 'no-actor';

export function lanesFor(
  grouping: Grouping,
  crises: readonly Crisis[],
  actors: ReadonlyMap<string, Actor>,
): Lanes | null {
  if (grouping === 'crisis') {
    return {
      lanes: [
        ...crises.map((c) => ({ id: `crisis:${c.id}`, label: c.name })),
        // Not "crisis:" + an id: a crisis whose id is "none" must not share this lane.
        { id: NO_CRISIS, label: BETWEEN_CRISES },
      ],
      laneOf: (event) => (event.crisis === null ? NO_CRISIS : `crisis:${event.crisis}`),
    };
  }
  if (grouping === 'actor-kind') {
    const kinds = Object.keys(ACTOR_KIND_LABELS) as Actor['kind'][];
    return {
      lanes: [
        ...kinds.map((k) => ({ id: `kind:${k}`, label: ACTOR_KIND_LABELS[k] })),
        { id: NO_ACTOR, label: 'No actor' },
      ],
      laneOf: (event) => {
        const id = mainActor(event);
        const kind = id ? actors.get(id)?.kind : undefined;
        return kind ? `kind:${kind}` : NO_ACTOR;
      },
    };
  }
  return null;
}
