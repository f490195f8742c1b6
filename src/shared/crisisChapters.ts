/**
 * The crises as chapters of one story, for the overview strip: each with how many
 * of the shown events it holds and where in it they fall, so a reader sees every
 * crisis at once whatever the timeline below is zoomed to. The years between the
 * crises are empty of events and are not drawn.
 */
import { format } from 'date-fns/format';
import { fromIsoDay } from './partialDate';
import type { TimeIndex } from './timeWindow';
import type { Crisis, EventKind } from './schema';
import { EVENT_KINDS } from './vocabulary';

const DAY = 86_400_000;

export interface ChapterMark {
  kind: EventKind;
  /** Where in the crisis, as a percentage of its length, in steps of `100 / MARK_STEPS`. */
  at: number;
  context: boolean;
}

export interface Chapter {
  crisis: Crisis;
  count: number;
  marks: ChapterMark[];
}

export interface Chapters {
  chapters: Chapter[];
  /** Shown events that belong to no crisis. */
  outside: number;
}

/**
 * Places a mark can take along a chapter. A strip is a few hundred pixels wide and a
 * mark 12: finer steps would only stack marks on one another, and at 10,000 events
 * every step and kind is a mark to lay out again on each filter.
 */
const MARK_STEPS = 24;

const KIND_NUMBER = new Map(EVENT_KINDS.map((kind, i) => [kind, i]));

/** The shown events, indexed by time (timeWindow.ts): their start times are read, not worked out. */
export function crisisChapters(
  crises: readonly Crisis[],
  index: Pick<TimeIndex, 'events' | 'starts'>,
): Chapters {
  const byId = new Map(
    crises.map((crisis) => {
      const start = fromIsoDay(crisis.start).getTime();
      const end = fromIsoDay(crisis.end).getTime() + DAY;
      return [
        crisis.id,
        {
          crisis,
          count: 0,
          marks: [] as ChapterMark[],
          seen: new Set<number>(),
          start,
          length: end - start,
        },
      ];
    }),
  );
  let outside = 0;
  const { events, starts } = index;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const chapter = event.crisis ? byId.get(event.crisis) : undefined;
    if (!chapter) {
      outside++;
      continue;
    }
    chapter.count++;
    const offset = starts[i]! - chapter.start;
    const step = Math.min(
      MARK_STEPS,
      Math.max(0, Math.round((MARK_STEPS * offset) / chapter.length)),
    );
    const at = (100 * step) / MARK_STEPS;
    const context = event.context !== undefined;
    // Marks that would sit on one another are drawn once: thousands of events stay a
    // strip. A number, not a string, for the key: this runs once per event shown.
    const key = (step * 8 + (KIND_NUMBER.get(event.kind) ?? 7)) * 2 + (context ? 1 : 0);
    if (chapter.seen.has(key)) continue;
    chapter.seen.add(key);
    chapter.marks.push({ kind: event.kind, at, context });
  }
  const chapters = [...byId.values()].map(({ crisis, count, marks }) => ({ crisis, count, marks }));
  return { chapters, outside };
}

/** "Sep 2016", "Aug 2017 – Jan 2018", "Feb – Mar 2019": a crisis's stretch in a few characters. */
export function crisisSpanLabel(crisis: Pick<Crisis, 'start' | 'end'>): string {
  const start = fromIsoDay(crisis.start);
  const end = fromIsoDay(crisis.end);
  const sameYear = start.getFullYear() === end.getFullYear();
  if (sameYear && start.getMonth() === end.getMonth()) return format(start, 'MMM yyyy');
  if (sameYear) return `${format(start, 'MMM')} – ${format(end, 'MMM yyyy')}`;
  return `${format(start, 'MMM yyyy')} – ${format(end, 'MMM yyyy')}`;
}
