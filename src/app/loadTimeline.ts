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
import type { LoadedTimeline } from '../shared/timelineDetails';
import { outlineIntegrityProblem } from '../shared/timelineIntegrity';
import { fetchJson } from './fetchJson';
import { partDetails } from './partDetails';

export type { LoadedTimeline };

/** Relative to the page, so the app works under any sub-path. */
export const OUTLINE_URL = './data/outline.json';

/**
 * Past this many milliseconds of work in one task, the outline's reading lets the
 * browser take input and paint before going on (50 ms is where a task starts to
 * count as long): at 100,000 events, checking the outline, making its events and
 * checking their dates were one task of several hundred milliseconds. A small
 * timeline never waits.
 */
const LONG_TASK_MS = 50;

/** Yields to the browser when the work since `since` (performance.now) was long; returns now. */
async function breathe(since: number): Promise<number> {
  if (performance.now() - since > LONG_TASK_MS) await new Promise((done) => setTimeout(done, 0));
  return performance.now();
}

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
  // The parse, in the task that resolved the fetch, is not timed here: the check joins it.
  let since = performance.now();
  if (!isValidTimelineOutline(json) || outlineProblem(json)) return null;
  since = await breathe(since);
  const { articles, actors, crises } = json;
  const file = { articles, actors, crises, events: outlineEvents(json) };
  await breathe(since);
  return outlineIntegrityProblem(file) ? null : { outline: json, file };
}

/**
 * Up to this many characters of parts (about 6,000 events; a few hundred
 * milliseconds of parsing on a phone), every part is fetched and checked as soon as
 * the first view is drawn: a search then reads passages within moments, an opened
 * event shows at once, and a fault in a part is found while the reader looks, not
 * when they open the event it is in. Past it, that would fetch megabytes the reader
 * may never need and hold them all in memory, so a part comes when one of its
 * events is opened (a search fetches the passages alone). Either way the first view waits only for the outline: waiting for the
 * parts too held up the seeds' first items by a round trip and a check.
 */
export const FETCH_ALL_CHARS = 8_000_000;

export interface TimelineLoad {
  /** What the first view draws, with its details to come. */
  first: LoadedTimeline;
  /**
   * For a timeline small enough to hold whole, what to run once the first view is
   * drawn: every part fetched and checked. Null when they pass; when one is refused,
   * the timeline read from `timeline.json` instead, whose checks name the place of
   * the fault in the file a person edits (and so reject with that message).
   */
  fetchRest: (() => Promise<LoadedTimeline | null>) | null;
}

const readWhole = async (fetchImpl: typeof fetch) =>
  (await import('./loadWholeTimeline')).loadWholeTimeline(fetchImpl);

export async function loadTimeline(fetchImpl: typeof fetch = fetch): Promise<TimelineLoad> {
  const read = await readOutline(fetchImpl);
  if (!read) return { first: await readWhole(fetchImpl), fetchRest: null };
  const details = partDetails(partsIndexOf(read.outline), fetchImpl);
  const first = { file: read.file, details };
  if (read.outline.partChars > FETCH_ALL_CHARS) return { first, fetchRest: null };
  const fetchRest = () =>
    details.whole().then(
      () => null,
      () => readWhole(fetchImpl),
    );
  return { first, fetchRest };
}
