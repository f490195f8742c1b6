/**
 * A timeline file of any size, made from the seeds' own timeline.json: each seed
 * event copied with its dates moved so the copies spread evenly over 2016–2025,
 * the span the app opens on. The copies keep their excerpts and articles, so the
 * file passes the schema like real data and the panel still shows real sources.
 * Deterministic: the same size always gives the same file.
 */
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { fromIsoDay } from '../src/shared/partialDate';
import type { EventDate, TimelineEvent, TimelineFile } from '../src/shared/schema';

const FIRST_DAY = new Date(2016, 0, 1);
const SPAN_DAYS = 3652;

/** The same partial date at the same precision ("2018", "2018-01", "2018-01-05"), `days` later. */
function shiftPartial(value: string, days: number): string {
  const shifted = addDays(fromIsoDay(value), days);
  const pattern = value.length === 4 ? 'yyyy' : value.length === 7 ? 'yyyy-MM' : 'yyyy-MM-dd';
  return format(shifted, pattern);
}

function shiftDate(date: EventDate, days: number): EventDate {
  return {
    ...date,
    start: shiftPartial(date.start, days),
    ...(date.end ? { end: shiftPartial(date.end, days) } : {}),
  };
}

export function syntheticTimeline(seeds: TimelineFile, size: number): TimelineFile {
  if (size <= seeds.events.length) return { ...seeds, events: seeds.events.slice(0, size) };
  const events: TimelineEvent[] = [];
  for (let i = 0; i < size; i++) {
    const seed = seeds.events[i % seeds.events.length]!;
    const target = addDays(FIRST_DAY, Math.floor((i * SPAN_DAYS) / size));
    const days = differenceInCalendarDays(target, fromIsoDay(seed.date.start));
    events.push({ ...seed, id: `${seed.id}-${i}`, date: shiftDate(seed.date, days) });
  }
  return { ...seeds, events };
}
