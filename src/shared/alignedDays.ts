/**
 * The crises side by side: each crisis a lane, its events placed by the day
 * counted from its trigger (day 0 = the Pulwama attack, the Pahalgam attack), so
 * that how soon the US spoke, and what it said, can be compared across crises.
 * Pure: the view only draws what this works out.
 */
import { fromIsoDay, spanOfEventDate } from './partialDate';
import type { Crisis } from './schema';
import type { EventOutline } from './timelineParts';

const DAY = 86_400_000;

export interface AlignedEvent {
  event: EventOutline;
  /** Days from day 0 to the first day it may have happened on. */
  day: number;
  /** Days from day 0 to the day after the last it may cover (day + 1 for a single day). */
  endDay: number;
}

export interface AlignedLane {
  crisis: Crisis;
  /** Day 0: the trigger's day, or the crisis's first day when the data names no trigger day. */
  dayZero: string;
  fromTrigger: boolean;
  /** The lane's events in day order. */
  events: AlignedEvent[];
}

/** Whole days from `from` to `to`, both local midnights (DST-proof: rounded). */
const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY);

/** One lane per crisis, in the crises' order, each with the given events that belong to it. */
export function alignedLanes(
  crises: readonly Crisis[],
  events: readonly EventOutline[],
): AlignedLane[] {
  const lanes = new Map(
    crises.map((crisis) => {
      const dayZero = crisis.triggerDay ?? crisis.start;
      return [
        crisis.id,
        {
          lane: {
            crisis,
            dayZero,
            fromTrigger: crisis.triggerDay !== undefined,
            events: [] as AlignedEvent[],
          },
          zero: fromIsoDay(dayZero),
        },
      ];
    }),
  );
  for (const event of events) {
    const found = event.crisis ? lanes.get(event.crisis) : undefined;
    if (!found) continue;
    const span = spanOfEventDate(event.date);
    found.lane.events.push({
      event,
      day: daysBetween(found.zero, span.start),
      endDay: daysBetween(found.zero, span.end),
    });
  }
  return [...lanes.values()].map(({ lane }) => ({
    ...lane,
    events: lane.events.sort((a, b) => a.day - b.day || a.endDay - b.endDay),
  }));
}

/**
 * What the articles behind a lane cover: how many there are and on which days,
 * counted from day 0, they were published. An event can be no later than the
 * report that tells it, so before the first report a lane shows only what later
 * reports recount: an empty stretch there is a gap in the articles, not silence.
 */
export function laneCoverage(
  lane: AlignedLane,
): { articles: number; firstDay: number; lastDay: number } | null {
  const articles = new Set<string>();
  const published = new Set<string>();
  for (const { event } of lane.events)
    for (const source of event.sources) {
      articles.add(source.article);
      published.add(source.published);
    }
  if (articles.size === 0) return null;
  const zero = fromIsoDay(lane.dayZero);
  const days = [...published].map((day) => daysBetween(zero, fromIsoDay(day)));
  return { articles: articles.size, firstDay: Math.min(...days), lastDay: Math.max(...days) };
}

/** "Reported in 1 article, published on day +30: …": the lane's coverage in words. */
export function coverageNote(coverage: {
  articles: number;
  firstDay: number;
  lastDay: number;
}): string {
  const { articles, firstDay, lastDay } = coverage;
  const when =
    firstDay === lastDay
      ? `published on ${dayLabel(firstDay)}`
      : `published from ${dayLabel(firstDay)} to ${dayLabel(lastDay)}`;
  const count = `${articles} article${articles === 1 ? '' : 's'}`;
  return firstDay > 0
    ? `From ${count}, ${when}: before then this lane shows only what they recount, so an empty day is one they do not cover, not a day nobody spoke.`
    : `From ${count}, ${when}.`;
}

export interface DayRange {
  from: number;
  to: number;
}

/** From the earliest event to the latest (day 0 always in), with a day either side. */
export function dayRangeOf(lanes: readonly AlignedLane[]): DayRange {
  let from = 0;
  let to = 1;
  for (const lane of lanes)
    for (const e of lane.events) {
      from = Math.min(from, e.day);
      to = Math.max(to, e.endDay);
    }
  return { from: from - 1, to: to + 1 };
}

/** Steps between day ticks, in days: a week and its multiples read as weeks. */
const STEPS = [1, 2, 7, 14, 28, 56, 91, 182, 364];

/** Day ticks for `range` drawn `widthPx` wide, at least `minGapPx` apart; day 0 is always one. */
export function dayTicks(range: DayRange, widthPx: number, minGapPx = 56): number[] {
  const span = Math.max(range.to - range.from, 1);
  const step = STEPS.find((s) => (s * widthPx) / span >= minGapPx) ?? STEPS[STEPS.length - 1]!;
  const ticks: number[] = [];
  // `|| 0`: Math.ceil(-3 / 7) * 7 is −0, which would print as a tick of its own.
  for (let day = Math.ceil(range.from / step) * step || 0; day <= range.to; day += step)
    ticks.push(day);
  return ticks;
}

/** "day 0", "day +12", "day −3" (a true minus sign). */
export function dayLabel(day: number): string {
  if (day === 0) return 'day 0';
  return day > 0 ? `day +${day}` : `day −${-day}`;
}

/**
 * Rows for labels drawn rightwards from their marks: each goes in the first row
 * where it does not run into the label before it. `starts` in px, in order.
 */
export function stackRows(
  marks: readonly { startPx: number; widthPx: number }[],
  gapPx = 8,
): number[] {
  const rowEnds: number[] = [];
  return marks.map(({ startPx, widthPx }) => {
    let row = rowEnds.findIndex((end) => end + gapPx <= startPx);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = startPx + widthPx;
    return row;
  });
}
