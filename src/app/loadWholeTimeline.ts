/** The whole timeline.json, checked, when there is no outline to start from (loadTimeline.ts). */
import * as compiledCheck from 'virtual:compiled-event-check';
import { parseTimelineFile } from '../shared/parseTimelineFile';
import { detailsOfFile, type LoadedTimeline } from '../shared/timelineDetails';
import { fetchJson } from './fetchJson';

/** Relative to the page, so the app works under any sub-path. */
export const DATA_URL = './data/timeline.json';

export async function loadWholeTimeline(fetchImpl: typeof fetch = fetch): Promise<LoadedTimeline> {
  const json = await fetchJson(DATA_URL, fetchImpl);
  const parsed = await parseTimelineFile(json, compiledCheck);
  if (!parsed.success)
    throw new Error(
      `The data file ${DATA_URL} does not match the expected format at “${parsed.path}”: ${parsed.message}.`,
    );
  return { file: parsed.data, details: detailsOfFile(parsed.data) };
}
