/**
 * The crises as chapters of one story, for the overview strip: each with how many
 * of the shown events it holds and where in it they fall, so a reader sees every
 * crisis at once whatever the timeline below is zoomed to. The years between the
 * crises are empty of events and are not drawn.
 */
import { format } from 'date-fns/format';
import { fromIsoDay, spanOfEventDate } from './partialDate';
import type { Crisis, EventKind, TimelineEvent } from './schema';

const DAY = 86_400_000;

export interface ChapterMark {
  kind: EventKind;
  /** Where in the crisis, as a percentage of its length (whole numbers: one mark per step and kind). */
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

export function crisisChapters(
  crises: readonly Crisis[],
  events: readonly TimelineEvent[],
): Chapters {
  const byId = new Map(
    crises.map((crisis) => [
      crisis.id,
      {
        crisis,
        count: 0,
        marks: new Map<string, ChapterMark>(),
        start: fromIsoDay(crisis.start).getTime(),
        length: fromIsoDay(crisis.end).getTime() + DAY - fromIsoDay(crisis.start).getTime(),
      },
    ]),
  );
  let outside = 0;
  for (const event of events) {
    const chapter = event.crisis ? byId.get(event.crisis) : undefined;
    if (!chapter) {
      outside++;
      continue;
    }
    chapter.count++;
    const offset = spanOfEventDate(event.date).start.getTime() - chapter.start;
    const at = Math.min(100, Math.max(0, Math.round((100 * offset) / chapter.length)));
    const context = event.context !== undefined;
    // Marks that would sit on one another are drawn once: thousands of events stay a strip.
    const key = `${at}:${event.kind}:${context}`;
    if (!chapter.marks.has(key)) chapter.marks.set(key, { kind: event.kind, at, context });
  }
  const chapters = [...byId.values()].map(({ crisis, count, marks }) => ({
    crisis,
    count,
    marks: [...marks.values()],
  }));
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
