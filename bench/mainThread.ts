/**
 * The main thread's busy time around each change the probe marks, read from a
 * Chromium trace: the page's own clock sees when the frame came, but not how much
 * of the wait was work (its tasks) and how much was waiting for the next frame.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

export interface ChangeCost {
  label: string;
  /** From the change to the end of the first frame painted after it. */
  toFrameMs: number;
  /** The main thread's work from the change to the frame that shows it. */
  toFrameBusyMs: number;
  /** Its work after that frame, until the page is idle (deferred counts, the list). */
  afterFrameBusyMs: number;
}

/** What a frame's rendering does: the first task after a change that does it shows the change. */
const PAINTS = new Set(['Paint', 'Commit']);

/** Top-level tasks only: what ran them, not what they ran, or nested work counts twice. */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The busy milliseconds of `tasks` (sorted, not overlapping) within [from, to] (µs). */
function busyWithin(tasks: readonly [number, number][], from: number, to: number): number {
  let busy = 0;
  for (const [start, end] of tasks) busy += Math.max(0, Math.min(end, to) - Math.max(start, from));
  return busy / 1000;
}

/** Overlapping intervals merged, so a task nested in another by the trace counts once. */
function merged(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Each change the probe marked (`probe-start:`, `probe-idle:`), in order. */
export function changeCosts(events: readonly TraceEvent[]): ChangeCost[] {
  const marks = new Map<string, TraceEvent>();
  for (const e of events) if (e.name.startsWith('probe-')) marks.set(e.name, e);
  const starts = [...marks.values()].filter((e) => e.name.startsWith('probe-start:'));
  const first = starts[0];
  if (!first) return [];
  // The marks are made on the page's main thread: its tasks are those of the same thread.
  const tasks = merged(
    events
      .filter(
        (e) => e.ph === 'X' && TASK_NAMES.has(e.name) && e.pid === first.pid && e.tid === first.tid,
      )
      .map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)]),
  );
  const paints = events
    .filter((e) => PAINTS.has(e.name) && e.pid === first.pid && e.tid === first.tid)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  return starts
    .sort((a, b) => a.ts - b.ts)
    .flatMap((start) => {
      const label = start.name.slice('probe-start:'.length);
      const idle = marks.get(`probe-idle:${label}`);
      const paint = paints.find((ts) => ts > start.ts);
      if (!idle || paint === undefined) return [];
      // The frame is shown when the task that painted it ends.
      const frame = tasks.find(([from, to]) => from <= paint && paint <= to)?.[1] ?? paint;
      return [
        {
          label,
          toFrameMs: (frame - start.ts) / 1000,
          toFrameBusyMs: busyWithin(tasks, start.ts, frame),
          afterFrameBusyMs: busyWithin(tasks, frame, idle.ts),
        },
      ];
    });
}

/** Traces what `during` does on the page: its tasks, paints and marks (a few categories, which cost little). */
export async function traced(page: Page, during: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', 'devtools.timeline'] },
  });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}
