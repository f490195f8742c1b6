/**
 * Item changes handed to vis-timeline in one draw. Left to itself, vis lays the
 * page out again and again for one filter change: it redraws the whole item set
 * on every DataSet call (a remove and an add: two redraws, then a third queued
 * for the next frame), and it shows and measures each new item the moment it is
 * added, one forced layout per item. At 1,000 events a search spent more time in
 * those layouts than in everything else together.
 *
 * Both are switched off here and the queued redraw does the work once: vis's own
 * redraw path creates all new items' DOM, then measures them all, then places
 * them. This reaches into vis internals (`Group#_checkIfVisible`,
 * `ItemSet#redraw`), found in `visInternals.ts`.
 */
import type { Timeline } from 'vis-timeline/esnext';
import { groupPrototype, itemSetOf } from './visInternals';

// Called only from Group#add. The group's next redraw, which vis always queues
// after an add, shows every visible item that is not yet drawn, batched.
if (groupPrototype) groupPrototype._checkIfVisible = () => {};

/**
 * Runs `change` (DataSet calls) without the synchronous item-set redraw vis makes
 * after each call. vis also queues a redraw for the next animation frame on every
 * change, so what the change did is still drawn before that frame is painted.
 */
export function inOneDraw(instance: Timeline, change: () => void): void {
  const itemSet = itemSetOf(instance);
  if (!itemSet) {
    change();
    return;
  }
  // Shadowed on the instance, then uncovered: the prototype's method is never replaced.
  itemSet.redraw = () => false;
  try {
    change();
  } finally {
    delete itemSet.redraw;
  }
}
