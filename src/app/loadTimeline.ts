/**
 * Loads the timeline: its outline first (what the first view draws, a fraction of
 * the whole file's bytes and parse time), with the rest fetched in parts as it is
 * asked for (partDetails.ts). The app trusts nothing it did not check: a missing
 * or malformed file becomes a readable error, not a blank page.
 *
 * With no outline (a data folder the build did not make, the dev server), or one
 * its check refuses, the whole `timeline.json` is read instead: the checks then
 * name the place of any fault in the file a person knows and edits.
 */
import { isValidTimelineOutline } from '../shared/outlineCheck';
import type { TimelineOutline } from '../shared/outlineSchema';
import {
  outlineEvents,
  outlineProblem,
  partsIndexOf,
  type OutlineFile,
} from '../shared/timelineParts';
import { detailsOfFile, type LoadedTimeline } from '../shared/timelineDetails';
import { outlineIntegrityProblem } from '../shared/timelineIntegrity';
import { fetchJson } from './fetchJson';
import { partDetails } from './partDetails';

export type { LoadedTimeline };

/** Relative to the page, so the app works under any sub-path. */
export const OUTLINE_URL = './data/outline.json';

/** The outline, checked in shape and in what its fields say; null when it fails either. */
async function readOutline(
  fetchImpl: typeof fetch,
): Promise<{ outline: TimelineOutline; file: OutlineFile } | null> {
  let json: unknown;
  try {
    json = await fetchJson(OUTLINE_URL, fetchImpl);
  } catch {
    return null;
  }
  if (!isValidTimelineOutline(json) || outlineProblem(json)) return null;
  const { articles, actors, crises } = json;
  const file = { articles, actors, crises, events: outlineEvents(json) };
  return outlineIntegrityProblem(file) ? null : { outline: json, file };
}

/**
 * Up to this many characters of parts, the details are fetched before the first
 * view, which then has every event whole (about 6,000 events; a few hundred
 * milliseconds of parsing on a phone): a search finds passages from the first
 * keystroke and an opened event shows at once. Past it, the first view would wait
 * on megabytes it may never need, and hold them all in memory, so they are fetched
 * as events are opened or searched.
 */
export const WHOLE_FIRST_CHARS = 8_000_000;

const readWhole = async (fetchImpl: typeof fetch) =>
  (await import('./loadWholeTimeline')).loadWholeTimeline(fetchImpl);

export async function loadTimeline(fetchImpl: typeof fetch = fetch): Promise<LoadedTimeline> {
  const read = await readOutline(fetchImpl);
  if (!read) return readWhole(fetchImpl);
  const details = partDetails(partsIndexOf(read.outline), fetchImpl);
  if (read.outline.partChars > WHOLE_FIRST_CHARS) return { file: read.file, details };
  let file;
  try {
    file = await details.whole();
  } catch {
    // Refused parts: timeline.json, read whole, says what is wrong in its own terms.
    return readWhole(fetchImpl);
  }
  return { file, details: detailsOfFile(file) };
}
