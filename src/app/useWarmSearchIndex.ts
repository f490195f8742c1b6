import { useEffect } from 'react';
import type { SearchIndex } from '../shared/searchIndex';

/** Events per step: a small fraction of a slice's budget, so a slice ends close to it. */
const STEP = 50;
/**
 * Milliseconds of work per task: a click waits at most this long. By time, not by
 * count, so that a slow phone does less per task instead of taking longer over it.
 */
const SLICE_MS = 8;

/**
 * Builds the search index after the first paint, a slice per task, so searches are
 * fast; `onWarm`, if given, is called once it is whole. Null: nothing to warm.
 */
export function useWarmSearchIndex(index: SearchIndex | null, onWarm?: () => void): void {
  useEffect(() => {
    if (!index) return;
    let timer: ReturnType<typeof setTimeout>;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      let warm = false;
      while (!warm && performance.now() < until) warm = index.warm(STEP);
      if (!warm) timer = setTimeout(slice, 0);
      else onWarm?.();
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
    // A new onWarm starts the slices again where the index has got to: keep it stable.
  }, [index, onWarm]);
}
