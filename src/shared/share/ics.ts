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
import { curationNotes } from './curation';

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
    // Before the sources: a calendar shows the start of a description first.
    ...curationNotes(event, input),
    actorsWithRoles(event, input.actors),
    ...sources,
    `In the crisis timeline: ${eventLink(input.appUrl, event.id)}`,
  ]
    .filter((line) => line !== '')
    .join('\n\n');
}

const DAY_MS = 86_400_000;
const utcDay = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());

/**
 * The entries whose day after the last (DTEND) would be in year 10000 have no DTEND;
 * each is given the number of days it lasts (DURATION) instead, which RFC 5545 allows
 * in its place. ical-generator has no DURATION, so it goes in after, entry by entry.
 */
function withDurations(text: string, days: (number | null)[]): string {
  if (days.every((n) => n === null)) return text;
  const [head = '', ...entries] = text.split('BEGIN:VEVENT\r\n');
  return [
    head,
    ...entries.map((entry, i) => {
      const n = days[i];
      return n == null
        ? entry
        : entry.replace('END:VEVENT\r\n', `DURATION:P${n}D\r\nEND:VEVENT\r\n`);
    }),
  ].join('BEGIN:VEVENT\r\n');
}

export function toIcs(input: ExportInput): string {
  const calendar = ical({
    name: SITE_NAME,
    description: `As filtered at ${input.viewUrl ?? input.appUrl}`,
    prodId: { company: 'crisis-timeline', product: 'export' },
  });
  const durations: (number | null)[] = [];
  for (const event of input.events) {
    const span = spanOfEventDate(event.date);
    const start = toIsoDay(span.start);
    const end = toIsoDay(span.end);
    // RFC 5545 writes a year in four digits: the day after 9999-12-31 cannot be named.
    const beyond = span.end.getFullYear() > 9999;
    durations.push(beyond ? Math.round((utcDay(span.end) - utcDay(span.start)) / DAY_MS) : null);
    // Days as date strings: ical-generator reads a Date's all-day day in UTC, and a
    // local midnight east of Greenwich is the day before there.
    calendar.createEvent({
      id: `${event.id}@crisis-timeline`,
      allDay: true,
      start,
      // DTEND of an all-day entry is the day after its last.
      end: beyond ? null : end,
      // A calendar shows the entry on its day: the title must carry the doubt itself.
      summary: isOnOrBefore(event.date) ? `${event.title} (on or before this day)` : event.title,
      description: description(event, input),
      url: eventLink(input.appUrl, event.id),
      ...(event.place ? { location: event.place } : {}),
    });
  }
  return withDurations(calendar.toString(), durations);
}
