/**
 * A citation for one event, to paste into a story, a paper or a footnote: what
 * happened and when, each article it rests on (outlet, headline, date, address),
 * and the link back to the event in the timeline, with the day it was consulted.
 * An event a person corrected, or told by an article they added, says so.
 */
import type { TimelineEvent } from '../schema';
import { formatShortDate, toIsoDay } from '../partialDate';
import { sourcePassages } from '../sourceGroups';
import { dateSentence } from '../dateWording';
import { creditLine, SITE_NAME } from './eventPage';
import { eventLink, type ExportInput } from './exportInput';
import { curationNotes, type CurationLookups } from './curation';

export function citationOf(
  event: TimelineEvent,
  input: Pick<ExportInput, 'articles' | 'appUrl'> & CurationLookups,
  consulted: Date,
): string {
  const sources = sourcePassages(event.sources, input.articles).map(
    ({ article, published }) =>
      `${creditLine(article, published)}${article?.url ? `, ${article.url}` : ''}`,
  );
  return [
    `“${event.title}”, ${dateSentence(event.date, 'short')}.`,
    // Cited as corrected: whoever quotes it should know a person changed what the machine read.
    ...curationNotes(event, input),
    `${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.join('; ')}.`,
    `In ${SITE_NAME}, ${eventLink(input.appUrl, event.id)} (consulted ${formatShortDate(toIsoDay(consulted))}).`,
  ].join(' ');
}
