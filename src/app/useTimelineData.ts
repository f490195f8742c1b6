/** The loaded timeline for React: loading, then the checked data or a readable error. */
import { startTransition, useEffect, useState } from 'react';
import { loadTimeline, type LoadedTimeline } from './loadTimeline';

export type DataState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: LoadedTimeline };

export function useTimelineData(): DataState {
  const [state, setState] = useState<DataState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    loadTimeline().then(
      // A transition, so React renders the explorer in slices of a few ms rather than
      // in one long task that blocks input on a slow phone (Lighthouse's blocking time
      // fell with it; when items show on a desktop did not change).
      (data) => !cancelled && startTransition(() => setState({ status: 'ready', data })),
      (error: Error) => !cancelled && setState({ status: 'error', message: error.message }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
