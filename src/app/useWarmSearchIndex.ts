import { useEffect } from 'react';
import type { SearchIndex } from '../shared/searchIndex';

/** Events per step: a small fraction of a slice's budget, so a slice ends close to it. */
const STEP = 50;
/**
 * Milliseconds of work per task: a click waits at most this long. By time, not by
 * count, so that a slow phone does less per task instead of taking longer over it.
 */
const SLICE_MS = 8;

/** Builds the search index after the first paint, a slice per task, so searches are fast. */
export function useWarmSearchIndex(index: SearchIndex): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      let warm = false;
      while (!warm && performance.now() < until) warm = index.warm(STEP);
      if (!warm) timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [index]);
}
