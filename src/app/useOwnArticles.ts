/**
 * The timeline the explorer shows: the shipped file, or, once a person has added
 * articles or made corrections, the shipped file with theirs applied (the
 * workspace does the extracting, merging and correcting, in its own chunk, and
 * hands back what to show: this hook only holds it).
 *
 * At start, the workspace's code is fetched only if this browser has ever kept a
 * workspace (its database exists): a visitor who never added an article loads
 * none of it. A browser that cannot list its databases is asked by opening the
 * store, which costs the store's small chunk, never the worker. Correcting
 * fetches the same chunk when first asked.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TimelineFile } from '../shared/schema';
import type { Curation } from '../shared/corrections/curation';
import type { Correction } from '../shared/corrections/correctionsSchema';
import type { OwnView } from '../features/workspace/curation';
import { WORKSPACE_DB } from '../features/workspace/workspaceName';

async function mayHaveWorkspace(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (typeof indexedDB.databases !== 'function') return true;
  const databases = await indexedDB.databases();
  return databases.some((db) => db.name === WORKSPACE_DB);
}

export interface OwnArticles {
  /** What to show: null until the person's articles are in (or when there are none). */
  merged: TimelineFile | null;
  /** What the person must know of their workspace: it failed to load, or corrections dangle. */
  problem: string | null;
  show(timeline: TimelineFile, notice: string | null): void;
  curation: Curation;
}

const loadCuration = () => import('../features/workspace/curation');

export function useOwnArticles(shipped: TimelineFile | null): OwnArticles {
  const [own, setOwn] = useState<OwnView>({
    timeline: null,
    notice: null,
    canUndo: false,
    canRedo: false,
  });
  useEffect(() => {
    if (!shipped) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void (async () => {
      if (!(await mayHaveWorkspace())) return;
      const workspace = await loadCuration();
      if (!cancelled) stop = workspace.watchWorkspace(shipped, setOwn);
    })();
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [shipped]);
  const { canUndo, canRedo } = own;
  const curation = useMemo<Curation>(() => {
    const act = async (action: 'correctStep' | 'undoStep' | 'redoStep', step: Correction[] = []) =>
      shipped
        ? (await loadCuration()).curate(shipped, action, step, setOwn)
        : 'The timeline is still loading.';
    return {
      correct: (step) => act('correctStep', step),
      undo: () => act('undoStep'),
      redo: () => act('redoStep'),
      canUndo,
      canRedo,
    };
  }, [shipped, canUndo, canRedo]);
  const show = useCallback(
    (timeline: TimelineFile, notice: string | null) => setOwn((o) => ({ ...o, timeline, notice })),
    [],
  );
  return { merged: own.timeline, problem: own.notice, show, curation };
}
