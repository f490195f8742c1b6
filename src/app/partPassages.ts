/**
 * The outline's passages alone (`data/passages/<n>.json`), fetched for a search
 * before every event's part is: at 100,000 events a search that fetched every part
 * waited seconds for articles' texts and explanations it never reads, and then held
 * them all. Only searched, never shown: the panel quotes the part's checked words.
 */
import type { TimelinePassages } from '../shared/outlineSchema';
import type { PartsIndex } from '../shared/timelineParts';
import { fetchJson } from './fetchJson';

/** `data/passages/<n>.json`, relative to the page like the outline. */
export const passagesUrl = (n: number) => `./data/passages/${n}.json`;

/** Why `json` is not the passages of part `n` (starting at `first`), or null. */
export function passagesMismatch(json: unknown, outline: PartsIndex, n: number, first: number) {
  const run = json as Partial<TimelinePassages> | null;
  if (run?.schemaVersion !== 1 || run.first !== first) return `it does not start at event ${first}`;
  const { passages } = run;
  if (!Array.isArray(passages) || passages.length !== outline.parts[n])
    return `it does not hold ${outline.parts[n]} events' passages`;
  return passages.every((p) => typeof p === 'string') ? null : 'a passage is not text';
}

export interface PartPassages {
  /** The passages of the event at `position`, once its run is in. */
  at(position: number): string | undefined;
  /** Fetches the runs of the parts `wanted` says are wanted; a run refused is thrown. */
  load(wanted: (n: number) => boolean): Promise<void>;
  has(n: number): boolean;
}

export function partPassages(
  outline: PartsIndex,
  fetchImpl: typeof fetch,
  arrived: () => void,
): PartPassages {
  const firsts = outline.parts.map((_, n) =>
    outline.parts.slice(0, n).reduce((sum, count) => sum + count, 0),
  );
  const byPosition: (string | undefined)[] = new Array(outline.ids.length);
  const runs = new Map<number, Promise<void>>();
  const done = new Set<number>();

  const fetchRun = (n: number) => {
    const first = firsts[n]!;
    return fetchJson(passagesUrl(n), fetchImpl).then((json) => {
      const wrong = passagesMismatch(json, outline, n, first);
      if (wrong)
        throw new Error(`The data file ${passagesUrl(n)} does not fit the outline: ${wrong}.`);
      (json as TimelinePassages).passages.forEach((text, i) => (byPosition[first + i] = text));
      done.add(n);
      arrived();
    });
  };

  return {
    at: (position) => byPosition[position],
    has: (n) => done.has(n),
    async load(wanted) {
      const fetching = outline.parts.flatMap((_, n) => {
        if (done.has(n) || !wanted(n)) return [];
        let run = runs.get(n);
        if (!run) {
          run = fetchRun(n).finally(() => runs.delete(n));
          runs.set(n, run);
        }
        return [run];
      });
      await Promise.all(fetching);
    },
  };
}
