/**
 * Loads and validates timeline.json. The app trusts nothing it did not check:
 * a missing or malformed file becomes a readable error, not a blank page.
 */
import type { TimelineFile } from '../shared/schema';
import * as compiledCheck from 'virtual:compiled-event-check';
import { parseTimelineFile } from '../shared/parseTimelineFile';

/** Relative to the page, so the app works under any sub-path. */
export const DATA_URL = './data/timeline.json';

export async function loadTimeline(
  fetchImpl: typeof fetch = fetch,
  url = DATA_URL,
): Promise<TimelineFile> {
  let response: Response;
  try {
    // Default caching, so the preloaded copy from index.html is used; the server
    // marks the file no-cache, so a re-extracted timeline is still picked up.
    response = await fetchImpl(url);
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
  const parsed = await parseTimelineFile(json, compiledCheck);
  if (!parsed.success)
    throw new Error(
      `The data file ${url} does not match the expected format at “${parsed.path}”: ${parsed.message}.`,
    );
  return parsed.data;
}
