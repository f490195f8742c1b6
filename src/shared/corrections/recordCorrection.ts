/**
 * Making a correction record from what a person sees, and taking it back: the key
 * an event is corrected by (its id and the passages it rests on), and a tab's own
 * undo and redo. A step is what one action made (a saved form may correct the
 * title and the date at once), and undo takes back the whole step: its records
 * come out of the file, and redo puts the same records back. The file only ever
 * holds what the person still stands by, and each record keeps its id and time,
 * so the order corrections apply in does not change.
 */
import type { TimelineEvent } from '../schema';
import type { Correction, EventKey } from './correctionsSchema';

/** What a correction of this event rests on: its id, and every passage it is told by, once. */
export function eventKeyOf(event: TimelineEvent): EventKey {
  const seen = new Set<string>();
  const passages = event.sources.flatMap(({ article, excerpt }) => {
    const key = `${article}\u0000${excerpt}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ article, excerpt }];
  });
  return { id: event.id, passages };
}

/** The records one action made, taken back and brought back together. */
export type CorrectionStep = readonly Correction[];

/** One tab's steps in the order made, and those undone that redo can bring back. */
export interface CorrectionHistory {
  done: readonly CorrectionStep[];
  undone: readonly CorrectionStep[];
}

export const emptyHistory: CorrectionHistory = { done: [], undone: [] };

/** A new correction: what was undone can no longer be redone, as in any editor. */
export function recorded(history: CorrectionHistory, step: CorrectionStep): CorrectionHistory {
  return { done: [...history.done, step], undone: [] };
}

/** The last step taken back (its records to be removed from the file), or null with nothing to undo. */
export function undo(
  history: CorrectionHistory,
): { history: CorrectionHistory; removed: CorrectionStep } | null {
  const removed = history.done.at(-1);
  if (!removed) return null;
  return {
    history: { done: history.done.slice(0, -1), undone: [...history.undone, removed] },
    removed,
  };
}

/** The last step undone, put back as it was (its records added to the file again), or null. */
export function redo(
  history: CorrectionHistory,
): { history: CorrectionHistory; restored: CorrectionStep } | null {
  const restored = history.undone.at(-1);
  if (!restored) return null;
  return {
    history: { done: [...history.done, restored], undone: history.undone.slice(0, -1) },
    restored,
  };
}
