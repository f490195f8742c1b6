/**
 * The timeline the explorer shows: the shipped file, or, once a person has added
 * articles of their own, the shipped file with theirs merged in (the workspace
 * does the extracting and merging, in its own chunk).
 *
 * At start, the workspace's code is fetched only if this browser has ever kept a
 * workspace (its database exists): a visitor who never added an article loads
 * none of it. A browser that cannot list its databases is asked by opening the
 * store, which costs the store's small chunk, never the worker. Once loaded, a
 * change made in another tab is read again here.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TimelineFile } from '../shared/schema';
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
  /** Why the kept articles could not be brought back, for the person to read. */
  problem: string | null;
  show(timeline: TimelineFile): void;
}

export function useOwnArticles(shipped: TimelineFile | null): OwnArticles {
  const [merged, setMerged] = useState<TimelineFile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!shipped) return;
    let cancelled = false;
    let stopWatching = () => {};
    void (async () => {
      if (!(await mayHaveWorkspace())) return;
      const workspace = await import('../features/workspace/ownArticles');
      const bringBack = async () => {
        const result = await workspace.loadOwnTimeline(shipped);
        if (cancelled) return;
        if (result.ok) setMerged(result.value.articles.length > 0 ? result.value.timeline : null);
        else setProblem(`Your added articles could not be brought back: ${result.message}`);
      };
      await bringBack();
      if (cancelled) return;
      stopWatching = await workspace.watchOtherTabs(() => void bringBack());
      if (cancelled) stopWatching();
    })();
    return () => {
      cancelled = true;
      stopWatching();
    };
  }, [shipped]);
  const show = useCallback((timeline: TimelineFile) => setMerged(timeline), []);
  return { merged, problem, show };
}
