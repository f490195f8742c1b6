/** The loaded timeline for React: loading, then the checked data or a readable error. */
import { useEffect, useState } from 'react';
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
      (data) => !cancelled && setState({ status: 'ready', data }),
      (error: Error) => !cancelled && setState({ status: 'error', message: error.message }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
