import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWarmSearchIndex } from '../../src/app/useWarmSearchIndex';
import type { SearchIndex } from '../../src/shared/searchIndex';

/** An index that needs `steps` calls of warm, each taking 3 ms of the (fake) clock. */
function slowIndex(steps: number) {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const index = {
    events: [],
    positionsMatching: () => [],
    calls: 0,
    warm() {
      index.calls++;
      now += 3;
      return index.calls >= steps;
    },
    forEachWord() {},
  };
  return index satisfies SearchIndex;
}

describe('useWarmSearchIndex', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('waits for a task of its own, then warms in slices of about 8 ms until done', () => {
    const index = slowIndex(10);
    renderHook(() => useWarmSearchIndex(index));
    expect(index.calls).toBe(0);
    // 0, 3 and 6 ms are under the budget; at 9 ms the slice ends and the next is queued.
    vi.advanceTimersToNextTimer();
    expect(index.calls).toBe(3);
    vi.runAllTimers();
    expect(index.calls).toBe(10);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops when the page no longer shows that index', () => {
    const index = slowIndex(10);
    const { unmount } = renderHook(() => useWarmSearchIndex(index));
    vi.advanceTimersToNextTimer();
    unmount();
    vi.runAllTimers();
    expect(index.calls).toBe(3);
  });
});
