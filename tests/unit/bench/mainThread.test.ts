import { describe, expect, it } from 'vitest';
import { changeCosts, type TraceEvent } from '../../../bench/mainThread';

/** Trace events on one thread, times in ms (the trace's are µs). */
const mark = (name: string, ms: number): TraceEvent => ({
  name,
  ph: 'I',
  ts: ms * 1000,
  pid: 1,
  tid: 1,
});
const task = (from: number, to: number, tid = 1): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  ts: from * 1000,
  dur: (to - from) * 1000,
  pid: 1,
  tid,
});
const paint = (ms: number): TraceEvent => ({
  name: 'Paint',
  ph: 'X',
  ts: ms * 1000,
  dur: 100,
  pid: 1,
  tid: 1,
});

describe('changeCosts', () => {
  it.each<
    [string, TraceEvent[], { toFrameMs: number; toFrameBusyMs: number; afterFrameBusyMs: number }]
  >([
    [
      'the frame ends with the task that paints; work before the mark is not counted',
      [
        task(9, 14),
        mark('probe-start:a', 10),
        task(20, 30),
        paint(28),
        task(40, 45),
        mark('probe-idle:a', 100),
      ],
      { toFrameMs: 20, toFrameBusyMs: 14, afterFrameBusyMs: 5 },
    ],
    [
      'a task nested in another counts once; another thread not at all',
      [
        mark('probe-start:a', 0),
        task(0, 10),
        task(2, 4),
        task(0, 50, 2),
        paint(8),
        task(12, 13),
        mark('probe-idle:a', 20),
      ],
      { toFrameMs: 10, toFrameBusyMs: 10, afterFrameBusyMs: 1 },
    ],
  ])('%s', (_, events, expected) => {
    expect(changeCosts(events)).toEqual([{ label: 'a', ...expected }]);
  });

  it('gives nothing for a change with no paint after it', () => {
    expect(changeCosts([mark('probe-start:a', 0), task(0, 5), mark('probe-idle:a', 9)])).toEqual(
      [],
    );
  });
});
