/** Which lane an event sits in when the timeline is split by crisis or by actor kind. */
import type { Actor, Crisis, TimelineEvent } from './schema';
import type { Grouping } from './urlState';
import { ACTOR_KIND_LABELS } from './kinds';

export interface Lane {
  id: string;
  label: string;
}

export interface Lanes {
  lanes: Lane[];
  laneOf(event: TimelineEvent): string;
}

/** The actor an event is about: who spoke or acted, else the first one named. */
function mainActor(event: TimelineEvent): string | undefined {
  return (event.actors.find((a) => a.role === 'speaker' || a.role === 'agent') ?? event.actors[0])
    ?.id;
}

export function lanesFor(
  grouping: Grouping,
  crises: readonly Crisis[],
  actors: ReadonlyMap<string, Actor>,
): Lanes | null {
  if (grouping === 'crisis') {
    return {
      lanes: [
        ...crises.map((c) => ({ id: `crisis:${c.id}`, label: c.name })),
        { id: 'crisis:none', label: 'No crisis' },
      ],
      laneOf: (event) => `crisis:${event.crisis ?? 'none'}`,
    };
  }
  if (grouping === 'actor-kind') {
    const kinds = Object.keys(ACTOR_KIND_LABELS) as Actor['kind'][];
    return {
      lanes: [
        ...kinds.map((k) => ({ id: `kind:${k}`, label: ACTOR_KIND_LABELS[k] })),
        { id: 'kind:none', label: 'No actor' },
      ],
      laneOf: (event) => {
        const id = mainActor(event);
        const kind = id ? actors.get(id)?.kind : undefined;
        return `kind:${kind ?? 'none'}`;
      },
    };
  }
  return null;
}
