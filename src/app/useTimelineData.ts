/**
 * Loads and validates timeline.json. The app trusts nothing it did not check:
 * a missing or malformed file becomes a readable error, not a blank page.
 */
import { useEffect, useState } from 'react';
import { timelineFileSchema, type TimelineFile } from '../shared/schema';

export type DataState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: TimelineFile };

/** Relative to the page, so the app works under any sub-path. */
export const DATA_URL = './data/timeline.json';

export async function loadTimeline(
  fetchImpl: typeof fetch = fetch,
  url = DATA_URL,
): Promise<TimelineFile> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-cache' });
  } catch {
    throw new Error(`Could not reach ${url}. Check your connection and reload.`);
  }
  if (!response.ok)
    throw new Error(
      `The data file ${url} could not be loaded (HTTP ${response.status}). Run “npm run extract” to create it.`,
    );
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error(
      `The data file ${url} is not valid JSON (truncated or corrupted). Run “npm run extract” again.`,
    );
  }
  const parsed = timelineFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `The data file ${url} does not match the expected format at “${issue?.path.join('.') || 'top level'}”: ${issue?.message}.`,
    );
  }
  return parsed.data;
}

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
