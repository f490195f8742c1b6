/**
 * The crises as chapters of one story, for the overview strip: each with how many
 * of the shown events it holds and where in it they fall, so a reader sees every
 * crisis at once whatever the timeline below is zoomed to. The years between the
 * crises are empty of events and are not drawn.
 */
import { formatDateWords } from './dateFormat';
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

/**
 * What every event of the file contributes to a chapter, worked out once per file
 * in typed arrays: counting the chapters of a filter is then a few array reads per
 * shown event, not a date, a lookup and a key per event on every keystroke.
 */
export interface ChapterPlan {
  crises: readonly Crisis[];
  /** The file's time index, which the arrays follow. */
  index: TimeIndex;
  /** Each event's crisis, as a position in `crises`; -1 for none. */
  chapterOf: Int16Array;
  /** Each event's place along its crisis, 0 to MARK_STEPS. */
  stepOf: Uint8Array;
  /** Each event's mark: its kind's number × 2, plus 1 for context. */
  markOf: Uint8Array;
}

const MARKS_PER_STEP = 2 * (EVENT_KINDS.length + 1);

/** Plans made, by the file's index: made on first use, by the render that first counts. */
const plans = new WeakMap<TimeIndex, ChapterPlan>();

/** The plan for `index` and `crises`, made once and kept while the index lives. */
export function chapterPlanFor(crises: readonly Crisis[], index: TimeIndex): ChapterPlan {
  const known = plans.get(index);
  if (known && known.crises === crises) return known;
  const plan = planChapters(crises, index);
  plans.set(index, plan);
  return plan;
}

export function planChapters(crises: readonly Crisis[], index: TimeIndex): ChapterPlan {
  const spans = crises.map((crisis) => {
    const start = fromIsoDay(crisis.start).getTime();
    return { start, length: fromIsoDay(crisis.end).getTime() + DAY - start };
  });
  const numberOf = new Map(crises.map((crisis, i) => [crisis.id, i]));
  const n = index.events.length;
  const chapterOf = new Int16Array(n).fill(-1);
  const stepOf = new Uint8Array(n);
  const markOf = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const event = index.events[i]!;
    const chapter = event.crisis ? numberOf.get(event.crisis) : undefined;
    if (chapter === undefined) continue;
    const { start, length } = spans[chapter]!;
    chapterOf[i] = chapter;
    stepOf[i] = Math.min(
      MARK_STEPS,
      Math.max(0, Math.round((MARK_STEPS * (index.starts[i]! - start)) / length)),
    );
    markOf[i] = (KIND_NUMBER.get(event.kind) ?? EVENT_KINDS.length) * 2 + (event.context ? 1 : 0);
  }
  return { crises, index, chapterOf, stepOf, markOf };
}

/**
 * The chapters of `shown`: the plan's own index, or one taken from it by indexAt,
 * which says where each of its events sits in the plan's (every index the explorer
 * shows is one of the two, so nothing is looked up here). Marks that would sit on
 * one another are drawn once: thousands of events stay a strip.
 */
export function countChapters(plan: ChapterPlan, shown: TimeIndex): Chapters {
  const positions = shown === plan.index ? null : shown.positions;
  const counts = new Array<number>(plan.crises.length).fill(0);
  const marks = plan.crises.map((): ChapterMark[] => []);
  const seen = new Uint8Array(plan.crises.length * (MARK_STEPS + 1) * MARKS_PER_STEP);
  let outside = 0;
  for (let j = 0; j < shown.events.length; j++) {
    const i = positions ? positions[j]! : j;
    const chapter = plan.chapterOf[i]!;
    if (chapter < 0) {
      outside++;
      continue;
    }
    counts[chapter]!++;
    const step = plan.stepOf[i]!;
    const mark = plan.markOf[i]!;
    const slot = (chapter * (MARK_STEPS + 1) + step) * MARKS_PER_STEP + mark;
    if (seen[slot]) continue;
    seen[slot] = 1;
    marks[chapter]!.push({
      kind: EVENT_KINDS[mark >> 1] ?? 'statement',
      at: (100 * step) / MARK_STEPS,
      context: (mark & 1) === 1,
    });
  }
  const chapters = plan.crises.map((crisis, c) => ({
    crisis,
    count: counts[c]!,
    marks: marks[c]!,
  }));
  return { chapters, outside };
}

/** The chapters of the events in `index` alone. */
export function crisisChapters(crises: readonly Crisis[], index: TimeIndex): Chapters {
  return countChapters(planChapters(crises, index), index);
}

/**
 * The crises that hold at least one event of the file, in their order. A crisis the
 * knowledge base knows but no article reports on would be a chapter of "0 events"
 * whatever the filters, and looked like a fault: it is named apart instead.
 */
export function crisesWithEvents(
  crises: readonly Crisis[],
  events: readonly { crisis: string | null }[],
): { withEvents: Crisis[]; without: Crisis[] } {
  const held = new Set(events.map((event) => event.crisis));
  return {
    withEvents: crises.filter((crisis) => held.has(crisis.id)),
    without: crises.filter((crisis) => !held.has(crisis.id)),
  };
}

/** "Sep 2016", "Aug 2017 – Jan 2018", "Feb – Mar 2019": a crisis's stretch in a few characters. */
export function crisisSpanLabel(crisis: Pick<Crisis, 'start' | 'end'>): string {
  const start = fromIsoDay(crisis.start);
  const end = fromIsoDay(crisis.end);
  const sameYear = start.getFullYear() === end.getFullYear();
  const month = (date: Date, year = true) =>
    formatDateWords(date, { month: 'short', day: false, year });
  if (sameYear && start.getMonth() === end.getMonth()) return month(start);
  if (sameYear) return `${month(start, false)} – ${month(end)}`;
  return `${month(start)} – ${month(end)}`;
}
