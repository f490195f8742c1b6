import { useEffect } from 'react';
import type { SearchIndex } from '../shared/searchIndex';

/** Events per slice: a few milliseconds of work, so a click is never kept waiting. */
const SLICE = 2000;

/** Prepares the search text after the first paint, a slice per task, so the first search is instant. */
export function useWarmSearchIndex(index: SearchIndex): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const step = () => {
      if (!index.warm(SLICE)) timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [index]);
}
