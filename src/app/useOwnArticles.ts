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
import { detailsOfFile, type TimelineDetails } from '../shared/timelineDetails';
import type { LoadedTimeline } from './loadTimeline';
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
  merged: LoadedTimeline | null;
  /** What the person must know of their workspace: it failed to load, or corrections dangle. */
  problem: string | null;
  /** Still finding out whether there is a workspace, or reading it: what is shown may change. */
  reading: boolean;
  show(timeline: TimelineFile, notice: string | null): void;
  curation: Curation;
}

const loadCuration = () => import('../features/workspace/curation');

/**
 * `shipped` is the shipped file's details: the workspace merges into the whole
 * file, so every part is fetched first, and only for a browser that has a workspace.
 */
export function useOwnArticles(shipped: TimelineDetails | null): OwnArticles {
  const [own, setOwn] = useState<OwnView>({
    timeline: null,
    notice: null,
    canUndo: false,
    canRedo: false,
  });
  // The shipped timeline whose workspace has been read: reading until it is this one
  // (a timeline read again from timeline.json is read for anew).
  const [readFor, setReadFor] = useState<TimelineDetails | null>(null);
  useEffect(() => {
    if (!shipped) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    const doneReading = () => setReadFor(shipped);
    void (async () => {
      if (!(await mayHaveWorkspace())) {
        doneReading();
        return;
      }
      let workspace, whole;
      try {
        [workspace, whole] = await Promise.all([loadCuration(), shipped.whole()]);
      } catch (error) {
        // Refused parts (the app then shows timeline.json's error in place of the view),
        // or the workspace's code could not be fetched.
        const notice = `Your own articles could not be read: ${(error as Error).message}`;
        if (!cancelled) setOwn((o) => ({ ...o, notice }));
        doneReading();
        return;
      }
      if (cancelled) return;
      stop = workspace.watchWorkspace(whole, (view) => {
        setOwn(view);
        doneReading();
      });
    })();
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [shipped]);
  const { canUndo, canRedo } = own;
  const ownTimeline = own.timeline;
  const curation = useMemo<Curation>(() => {
    const act = async (action: 'correctStep' | 'undoStep' | 'redoStep', step: Correction[] = []) =>
      shipped
        ? (await loadCuration()).curate(await shipped.whole(), action, step, setOwn)
        : 'The timeline is still loading.';
    return {
      correct: (step) => act('correctStep', step),
      undo: () => act('undoStep'),
      redo: () => act('redoStep'),
      canUndo,
      canRedo,
      // What is shown: the person's timeline once there is one, else the shipped file.
      wholeEvent: async (id) =>
        ownTimeline
          ? ownTimeline.events.find((e) => e.id === id)
          : (await shipped?.load([id]))?.[0],
    };
  }, [shipped, canUndo, canRedo, ownTimeline]);
  const show = useCallback(
    (timeline: TimelineFile, notice: string | null) => setOwn((o) => ({ ...o, timeline, notice })),
    [],
  );
  const merged = useMemo(
    () => (own.timeline ? { file: own.timeline, details: detailsOfFile(own.timeline) } : null),
    [own.timeline],
  );
  return { merged, problem: own.notice, reading: readFor !== shipped, show, curation };
}
