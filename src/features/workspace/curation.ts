/**
 * The workspace as the app sees it: what to show (the shipped timeline with the
 * person's articles and corrections, or null for the shipped one alone), what
 * they must be told, and correcting from the event panel. Each step of
 * corrections is kept in the store (all its records or none), then the workspace
 * is read again so the timeline shows it, exactly as after a reload. Undo and
 * redo are this tab's own (recordCorrection.ts): another tab's corrections are
 * never taken back from here. The app fetches this chunk only when a workspace
 * was kept or a person corrects something (useOwnArticles.ts).
 */
import type { Correction } from '../../shared/corrections/correctionsSchema';
import {
  emptyHistory,
  recorded,
  redo,
  undo,
  type CorrectionHistory,
} from '../../shared/corrections/recordCorrection';
import type { TimelineFile } from '../../shared/schema';
import {
  afterWrite,
  changesTimeline,
  danglingNotice,
  loadOwnTimeline,
  watchOtherTabs,
  type OwnResult,
} from './ownArticles';
import type { StoreResult, WorkspaceStore } from './workspaceStore';

/** What the app holds of the workspace. */
export interface OwnView {
  /** The timeline to show; null for the shipped one, unchanged. */
  timeline: TimelineFile | null;
  /** A failure to load, or corrections that no longer apply, in words. */
  notice: string | null;
  canUndo: boolean;
  canRedo: boolean;
}

type Show = (view: OwnView) => void;

let history: CorrectionHistory = emptyHistory;

function viewOf(result: OwnResult): OwnView {
  const steps = { canUndo: history.done.length > 0, canRedo: history.undone.length > 0 };
  if (!result.ok)
    return {
      timeline: null,
      notice: `Your added articles and corrections could not be brought back: ${result.message}`,
      ...steps,
    };
  const own = result.value;
  return {
    timeline: changesTimeline(own) ? own.timeline : null,
    notice: danglingNotice(own),
    ...steps,
  };
}

/** Shows the kept workspace now and whenever another tab changes it; returns the way to stop. */
export function watchWorkspace(shipped: TimelineFile, show: Show): () => void {
  let stopped = false;
  let stopWatching = () => {};
  const bringBack = async () => {
    const result = await loadOwnTimeline(shipped);
    if (!stopped) show(viewOf(result));
  };
  void bringBack().then(async () => {
    const stop = await watchOtherTabs(() => void bringBack());
    if (stopped) stop();
    else stopWatching = stop;
  });
  return () => {
    stopped = true;
    stopWatching();
  };
}

/** Writes, and only once the write is kept moves the history on; then shows the workspace again. */
async function kept(
  shipped: TimelineFile,
  write: (store: WorkspaceStore) => Promise<StoreResult<number>>,
  next: CorrectionHistory,
  show: Show,
): Promise<string | null> {
  let written = false;
  const result = await afterWrite(shipped, write, { onWritten: () => (written = true) });
  if (!written) return result.ok ? null : result.message;
  history = next;
  show(viewOf(result));
  return result.ok ? null : result.message;
}

const STEPS = {
  correctStep: (step: Correction[]) => ({
    write: (store: WorkspaceStore) => store.addCorrections(step),
    next: recorded(history, step),
  }),
  undoStep: () => {
    const back = undo(history);
    const ids = back?.removed.map((c) => c.id);
    return back && ids
      ? { write: (store: WorkspaceStore) => store.removeCorrections(ids), next: back.history }
      : null;
  },
  redoStep: () => {
    const again = redo(history);
    return again
      ? {
          write: (store: WorkspaceStore) => store.addCorrections(again.restored),
          next: again.history,
        }
      : null;
  },
};

/** Correct, undo or redo; resolves to null once kept and shown, or to why not. */
export async function curate(
  shipped: TimelineFile,
  action: keyof typeof STEPS,
  step: Correction[],
  show: Show,
): Promise<string | null> {
  const planned = STEPS[action](step);
  if (!planned) return 'Nothing to take back or bring back: this tab has made no such change.';
  return kept(shipped, planned.write, planned.next, show);
}
