/** Date order for lists and previous/next, and the one-line "how dated" sentence. */
import { formatEventDate, spanOfEventDate } from './partialDate';
import type { EventOutline } from './timelineParts';

export function sortEvents(events: readonly EventOutline[]): EventOutline[] {
  // Spans worked out once per event, not once per comparison: a sort compares each
  // event many times, and parsing dates was most of a large sort's time.
  const keyed = events.map((event) => ({ event, span: spanOfEventDate(event.date) }));
  keyed.sort(
    (a, b) =>
      a.span.start.getTime() - b.span.start.getTime() ||
      a.span.end.getTime() - b.span.end.getTime() ||
      compareIds(a.event.id, b.event.id),
  );
  return keyed.map((k) => k.event);
}

/** Ids are ASCII slugs: plain code-unit order is right, and far cheaper than localeCompare. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function neighbours(ordered: readonly EventOutline[], id: string | null) {
  const i = ordered.findIndex((e) => e.id === id);
  return {
    previous: i > 0 ? (ordered[i - 1] ?? null) : null,
    next: i >= 0 && i < ordered.length - 1 ? (ordered[i + 1] ?? null) : null,
  };
}

const BASIS_LABEL: Record<EventOutline['date']['basis'], string> = {
  explicit: 'date given in the text',
  relative: 'worked out from the text and the publication date',
  'knowledge-base': 'from the knowledge base of known incidents',
  publication: 'not dated in the text: publication date used',
  hand: 'corrected by hand',
};

export function describeBasis(event: EventOutline): string {
  return BASIS_LABEL[event.date.basis];
}

/** "Monday 23 October 2017": a day with its weekday, a span or a month without. */
export function eventDateLabel(event: Pick<EventOutline, 'date'>): string {
  return formatEventDate(event.date, {
    weekday: event.date.precision === 'day' && !event.date.end,
  });
}
