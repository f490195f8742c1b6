/**
 * The actors list's counts. Apart from the filter (filterEvents.ts), and importing
 * nothing of it, because only the open list needs them: they load with the list.
 */

/** The events the list counts among, and where each actor's events sit. */
export interface ActorsShown {
  /** Each actor's positions among all events, an official's under their country too. */
  byActor: ReadonlyMap<string, readonly number[]>;
  /** The positions of the events counted among, ascending (null: all of them). */
  positions: readonly number[] | null;
}

/**
 * How many of those events each actor would show, with officials counted for their
 * country as the filter counts them: each actor's positions, checked against a mark
 * per position shown.
 */
export function countByActor({ byActor, positions }: ActorsShown): Map<string, number> {
  // Up to the last position shown: an actor's positions past it are not shown.
  const shown = new Uint8Array((positions?.at(-1) ?? -1) + 1);
  if (positions) for (const i of positions) shown[i] = 1;
  const counts = new Map<string, number>();
  for (const [id, list] of byActor) {
    let count = list.length;
    if (positions) {
      count = 0;
      for (const i of list) if (shown[i]) count++;
    }
    counts.set(id, count);
  }
  return counts;
}
