/**
 * The details the first view left out (src/shared/timelineDetails.ts), in React:
 * a component that needs an event's passages asks for its part and renders again
 * when the part is in.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { TimelineEvent, TimelineFile } from '../shared/schema';
import type { TimelineDetails } from '../shared/timelineDetails';

export type Whole<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

const LOADING = { status: 'loading' } as const;

/** The whole event of `id` (null: none asked for), fetched when it is not yet in. */
export function useWholeEvent(
  details: TimelineDetails,
  id: string | null,
): Whole<TimelineEvent> | null {
  const event = useSyncExternalStore(details.subscribe, () => (id ? details.event(id) : undefined));
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);
  useEffect(() => {
    if (!id || details.event(id)) return;
    details.load([id]).catch((error: Error) => setFailed({ id, message: error.message }));
  }, [details, id]);
  if (!id) return null;
  if (event) return { status: 'ready', value: event };
  return failed?.id === id ? { status: 'error', message: failed.message } : LOADING;
}

/** The whole file once `wanted` (every part fetched); null until then. */
export function useWholeTimeline(
  details: TimelineDetails,
  wanted: boolean,
): Whole<TimelineFile> | null {
  const [whole, setWhole] = useState<Whole<TimelineFile> | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    details.whole().then(
      (value) => !cancelled && setWhole({ status: 'ready', value }),
      (error: Error) => !cancelled && setWhole({ status: 'error', message: error.message }),
    );
    return () => {
      cancelled = true;
    };
  }, [details, wanted]);
  return wanted ? (whole ?? LOADING) : null;
}

/** Whether every event's passages are in (what a search reads), kept current. */
export function usePassagesComplete(details: TimelineDetails): boolean {
  return useSyncExternalStore(details.subscribe, details.passagesComplete);
}
