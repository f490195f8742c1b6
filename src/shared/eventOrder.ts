/** Date order for lists and previous/next, and the one-line "how dated" sentence. */
import { compareEventDates, formatEventDate } from './partialDate';
import type { TimelineEvent } from './schema';

export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => compareEventDates(a.date, b.date) || a.id.localeCompare(b.id));
}

export function neighbours(ordered: readonly TimelineEvent[], id: string | null) {
  const i = ordered.findIndex((e) => e.id === id);
  return {
    previous: i > 0 ? (ordered[i - 1] ?? null) : null,
    next: i >= 0 && i < ordered.length - 1 ? (ordered[i + 1] ?? null) : null,
  };
}

const BASIS_LABEL: Record<TimelineEvent['date']['basis'], string> = {
  explicit: 'date given in the text',
  relative: 'worked out from the text and the publication date',
  'knowledge-base': 'from the knowledge base of known incidents',
  publication: 'not dated in the text: publication date used',
};

export function describeBasis(event: TimelineEvent): string {
  return BASIS_LABEL[event.date.basis];
}

export function eventDateLabel(event: TimelineEvent): string {
  return formatEventDate(event.date, {
    weekday: event.date.precision === 'day' && !event.date.end,
  });
}
