/** An event's date from what dated it: the text, the knowledge base, or, flagged, the report. */
import type { EventDate } from '../../shared/schema';
import { spanOfEventDate } from '../../shared/partialDate';
import { longDay } from '../dates/calendar';
import type { KbIncident } from '../knowledge/knowledgeSchema';
import type { Article, DateMention, IncidentHappening } from '../types';

export function dateFromMention(mention: DateMention, note = ''): EventDate {
  return {
    start: mention.start,
    ...(mention.end && mention.end !== mention.start ? { end: mention.end } : {}),
    precision: mention.precision,
    basis: mention.basis,
    expression: mention.text,
    explanation:
      mention.explanation +
      (mention.openEnded ? ' The text says “since”: it began then and went on.' : '') +
      note,
    ...(mention.openEnded ? { ongoing: true as const } : {}),
    ...(mention.onOrBefore ? { onOrBefore: true as const } : {}),
  };
}

/** Whether `outer` holds all of `inner` ("this week" holds "on Saturday"). */
export function contains(outer: EventDate, inner: EventDate): boolean {
  const a = spanOfEventDate(outer);
  const b = spanOfEventDate(inner);
  return a.start <= b.start && b.end <= a.end;
}

export function compatibleDates(a: EventDate, b: EventDate): boolean {
  return contains(a, b) || contains(b, a);
}

export function incidentDate(
  happening: IncidentHappening,
  incident: KbIncident,
  article: Article,
): EventDate {
  const { mention } = happening;
  const kbDay = mention.end
    ? `${longDay(mention.start)} to ${longDay(mention.end)}`
    : longDay(mention.start);
  if (happening.date) {
    // The knowledge base may be more exact than the text ("Since January 2018" → 4
    // January): the day is then the knowledge base's, and the event says so.
    const refined = happening.date.precision !== 'day';
    const note = refined
      ? ` The text gives no day; the knowledge base, which agrees, dates “${incident.name}” to ${kbDay}.`
      : ` It agrees with the knowledge base, which dates “${incident.name}” to ${kbDay}.`;
    return {
      ...dateFromMention(happening.date, note),
      start: mention.start,
      ...(mention.end ? { end: mention.end } : { end: undefined }),
      precision: 'day',
      ...(refined ? { basis: 'knowledge-base' as const } : {}),
    };
  }
  const recurring =
    incident.dates.length > 1
      ? ` It happened more than once; the latest time on or before the article of ${longDay(article.published)} is meant.`
      : '';
  return {
    start: mention.start,
    ...(mention.end ? { end: mention.end } : {}),
    precision: 'day',
    basis: 'knowledge-base',
    expression: mention.text,
    explanation: `The text names “${mention.text}” without a date; the knowledge base dates ${incident.name} to ${kbDay}.${recurring}`,
  };
}

/**
 * The last resort, and honest about it: a report carries what happened on its
 * day or before (a Washington briefing reaches an Indian paper the next
 * morning), so the event is placed on the publication day and marked "on or
 * before" it, never as that exact day.
 */
export function fallbackDate(article: Article): EventDate {
  return {
    start: article.published,
    precision: 'day',
    basis: 'publication',
    onOrBefore: true,
    explanation: `The text gives no date for this. It was reported on ${longDay(article.published)}, so it happened on or before that day; the timeline places it there.`,
  };
}
