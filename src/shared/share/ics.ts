/**
 * The iCalendar export: each event an all-day entry over the days its date covers
 * (a day, a span, a whole month for a date known only to the month), its passages,
 * sources and link back in the description. Written by ical-generator, which folds
 * long lines and escapes text as RFC 5545 asks.
 */
import ical from 'ical-generator';
import type { TimelineEvent } from '../schema';
import { spanOfEventDate, toIsoDay } from '../partialDate';
import { dateSentence, isOnOrBefore } from '../dateWording';
import { sourcePassages } from '../sourceGroups';
import { creditLine, SITE_NAME } from './eventPage';
import { actorsWithRoles, eventLink, type ExportInput } from './exportInput';

function description(event: TimelineEvent, input: ExportInput): string {
  const sources = sourcePassages(event.sources, input.articles).map(
    ({ article, published, passages }) =>
      [
        ...passages.map((p) => `“${p}”`),
        `— ${creditLine(article, published)}${article?.url ? `. ${article.url}` : ''}`,
      ].join('\n'),
  );
  return [
    dateSentence(event.date),
    actorsWithRoles(event, input.actors),
    ...sources,
    `In the crisis timeline: ${eventLink(input.appUrl, event.id)}`,
  ]
    .filter((line) => line !== '')
    .join('\n\n');
}

export function toIcs(input: ExportInput): string {
  const calendar = ical({
    name: SITE_NAME,
    description: `As filtered at ${input.viewUrl ?? input.appUrl}`,
    prodId: { company: 'crisis-timeline', product: 'export' },
  });
  for (const event of input.events) {
    const span = spanOfEventDate(event.date);
    // Days as date strings: ical-generator reads a Date's all-day day in UTC, and a
    // local midnight east of Greenwich is the day before there.
    calendar.createEvent({
      id: `${event.id}@crisis-timeline`,
      allDay: true,
      start: toIsoDay(span.start),
      // DTEND of an all-day entry is the day after its last.
      end: toIsoDay(span.end),
      // A calendar shows the entry on its day: the title must carry the doubt itself.
      summary: isOnOrBefore(event.date) ? `${event.title} (on or before this day)` : event.title,
      description: description(event, input),
      url: eventLink(input.appUrl, event.id),
      ...(event.place ? { location: event.place } : {}),
    });
  }
  return calendar.toString();
}
