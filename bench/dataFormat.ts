/**
 * What each event costs in the files the app reads: `timeline.json` whole (what the
 * app read before the outline), and the outline it now reads first, with the events
 * it makes. Node's JSON.parse, not a browser's: the same V8, without the page's noise;
 * the browser part times the whole load.
 */
import { splitTimeline, outlineEvents } from '../src/shared/timelineParts';
import { timelineFileText } from '../src/pipeline/stages/writeTimeline';
import type { TimelineFile } from '../src/shared/schema';
import type { TimelineOutline } from '../src/shared/outlineSchema';
import { syntheticTimeline } from './syntheticTimeline';
import { median } from './stats';

export interface DataFormatRow {
  events: number;
  wholeBytesPerEvent: number;
  outlineBytesPerEvent: number;
  /** µs per event: JSON.parse of timeline.json. */
  wholeParseUs: number;
  /** µs per event: JSON.parse of the outline, then its events made. */
  outlineParseUs: number;
}

function timed(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function benchDataFormat(
  seeds: TimelineFile,
  sizes: number[],
  runs: number,
): DataFormatRow[] {
  return sizes.map((size) => {
    const data = syntheticTimeline(seeds, size);
    const events = data.events.length;
    const whole = timelineFileText(data);
    const outline = JSON.stringify(splitTimeline(data).outline);
    const wholeMs = timed(runs, () => JSON.parse(whole));
    const outlineMs = timed(runs, () => outlineEvents(JSON.parse(outline) as TimelineOutline));
    return {
      events,
      wholeBytesPerEvent: Buffer.byteLength(whole) / events,
      outlineBytesPerEvent: Buffer.byteLength(outline) / events,
      wholeParseUs: (wholeMs * 1000) / events,
      outlineParseUs: (outlineMs * 1000) / events,
    };
  });
}

export function dataFormatTable(rows: readonly DataFormatRow[]): string[] {
  const n = (value: number) => value.toFixed(value < 10 ? 2 : 0).padStart(9);
  return [
    '  events    bytes per event (whole, outline)   parse µs per event (whole, outline + events made)   ratio',
    ...rows.map(
      (r) =>
        `  ${r.events.toLocaleString('en').padEnd(8)}  ${n(r.wholeBytesPerEvent)} ${n(r.outlineBytesPerEvent)}                       ${n(r.wholeParseUs)} ${n(r.outlineParseUs)}                                     ×${(r.outlineParseUs / r.wholeParseUs).toFixed(2)}`,
    ),
  ];
}
