/** The loaded timeline for React: loading, then the checked data or a readable error. */
import { startTransition, useEffect, useState } from 'react';
import { loadTimeline, type LoadedTimeline } from './loadTimeline';

export type DataState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** `settling`: the rest of a small timeline is being fetched and checked (and may be refused). */
  | { status: 'ready'; data: LoadedTimeline; settling: boolean };

/**
 * Runs `work` when the page is next idle: after the first view's render, vis's
 * build and its first draw, which are tasks queued one after the other. Safari has
 * no requestIdleCallback; a short timer stands in.
 */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 200);
  return () => clearTimeout(handle);
}

export function useTimelineData(): DataState {
  const [state, setState] = useState<DataState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let cancelRest = () => {};
    // A transition, so React renders the explorer in slices of a few ms rather than
    // in one long task that blocks input on a slow phone (Lighthouse's blocking time
    // fell with it; when items show on a desktop did not change).
    const show = (data: LoadedTimeline, settling: boolean) =>
      !cancelled && startTransition(() => setState({ status: 'ready', data, settling }));
    const fail = (error: Error) =>
      !cancelled && setState({ status: 'error', message: error.message });
    loadTimeline().then(({ first, fetchRest }) => {
      show(first, fetchRest !== null);
      if (fetchRest)
        cancelRest = whenIdle(() => {
          fetchRest().then((instead) => show(instead ?? first, false), fail);
        });
    }, fail);
    return () => {
      cancelled = true;
      cancelRest();
    };
  }, []);
  return state;
}
