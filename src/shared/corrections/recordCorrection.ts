/**
 * Making a correction record from what a person sees, and taking it back: the key
 * an event is corrected by (its id and the passages it rests on), and a tab's own
 * undo and redo. Undo takes the record out of the file, redo puts the same record
 * back: the file only ever holds what the person still stands by, and each record
 * keeps its id and time, so the order corrections apply in does not change.
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

/** One tab's corrections in the order made, and those undone that redo can bring back. */
export interface CorrectionHistory {
  done: readonly Correction[];
  undone: readonly Correction[];
}

export const emptyHistory: CorrectionHistory = { done: [], undone: [] };

/** A new correction: what was undone can no longer be redone, as in any editor. */
export function recorded(history: CorrectionHistory, correction: Correction): CorrectionHistory {
  return { done: [...history.done, correction], undone: [] };
}

/** The last correction taken back (to be removed from the file), or null with nothing to undo. */
export function undo(
  history: CorrectionHistory,
): { history: CorrectionHistory; removed: Correction } | null {
  const removed = history.done.at(-1);
  if (!removed) return null;
  return {
    history: { done: history.done.slice(0, -1), undone: [...history.undone, removed] },
    removed,
  };
}

/** The last correction undone, put back as it was (to be added to the file again), or null. */
export function redo(
  history: CorrectionHistory,
): { history: CorrectionHistory; restored: Correction } | null {
  const restored = history.undone.at(-1);
  if (!restored) return null;
  return {
    history: { done: [...history.done, restored], undone: history.undone.slice(0, -1) },
    restored,
  };
}
