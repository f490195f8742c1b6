/**
 * How much of a timeline is the program's reading as it made it, and how much a
 * person changed: for About, which must not present a curated timeline as the
 * machine's alone (nor the machine's as checked by hand).
 */
import type { OutlineFile } from './timelineParts';
import { formatCount } from './formatCount';

export interface CurationCounts {
  events: number;
  /** Events a person corrected by hand (they carry a `corrected` block). */
  corrected: number;
  /** Events told by an article a person added. */
  fromOwn: number;
  /** Of those, the ones also corrected: counted in both, so the untouched are not undercounted. */
  both: number;
  /** The articles a person added. */
  ownArticles: number;
  /** Neither corrected nor from an added article: the program's reading, untouched. */
  untouched: number;
}

export function curationCounts(data: Pick<OutlineFile, 'events' | 'articles'>): CurationCounts {
  let corrected = 0;
  let fromOwn = 0;
  let both = 0;
  for (const event of data.events) {
    if (event.corrected) corrected += 1;
    if (event.fromOwnArticles) fromOwn += 1;
    if (event.corrected && event.fromOwnArticles) both += 1;
  }
  return {
    events: data.events.length,
    corrected,
    fromOwn,
    both,
    ownArticles: data.articles.filter((article) => article.own).length,
    untouched: data.events.length - corrected - fromOwn + both,
  };
}

const counted = (n: number, one: string, many: string) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * "Of the 120 events, 3 were corrected by hand and 2 come from 1 article a person
 * added (1 of them also corrected); the other 116 are the program's reading,
 * untouched." Null when a person changed nothing: About then says nothing of it.
 */
export function curationSummary(counts: CurationCounts): string | null {
  const { events, corrected, fromOwn, both, ownArticles, untouched } = counts;
  if (corrected === 0 && fromOwn === 0) return null;
  const parts = [
    corrected > 0
      ? `${formatCount(corrected)} ${corrected === 1 ? 'was' : 'were'} corrected by hand`
      : null,
    fromOwn > 0
      ? `${formatCount(fromOwn)} ${fromOwn === 1 ? 'comes' : 'come'} from ${counted(ownArticles, 'article', 'articles')} a person added${both > 0 ? ` (${formatCount(both)} of ${fromOwn === 1 ? 'it' : 'them'} also corrected)` : ''}`
      : null,
  ].filter((part) => part !== null);
  const rest =
    untouched === 0
      ? 'none is the program’s reading untouched'
      : `the other ${formatCount(untouched)} ${untouched === 1 ? 'is' : 'are'} the program’s reading, untouched`;
  return `Of the ${counted(events, 'event', 'events')}, ${parts.join(' and ')}; ${rest}.`;
}
