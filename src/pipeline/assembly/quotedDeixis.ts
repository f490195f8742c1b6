/**
 * A day named from inside someone's words counts from when they were said, not
 * from the report: "We condemn yesterday's attack," the minister wrote, in a
 * paper of the 16th, is no attack of the 15th. When the article dates a
 * happening of that kind on its own (the attack of the 14th, by the text or the
 * knowledge base), the words name it, and were said that many days after it.
 */
import { addDays } from 'date-fns/addDays';
import type { Source } from '../../shared/schema';
import { fromIsoDay, longDay, toIsoDay } from '../dates/calendar';
import { isInsideQuotes } from '../text/quotes';
import type { Article } from '../types';
import { addActor, addSource, type Draft, type DraftBook } from './drafts';

/** How many days after the named day the words were said. */
const SAID_DAYS_AFTER: Record<string, number> = { yesterday: 1, today: 0, tonight: 0 };

/** The source where the draft's date word stands inside quoted words, if it does. */
function quotedDayWord(draft: Draft, article: Article): { source: Source; after: number } | null {
  const word = draft.date.expression?.toLowerCase();
  const after = word === undefined ? undefined : SAID_DAYS_AFTER[word];
  if (draft.date.basis !== 'relative' || after === undefined) return null;
  for (const source of draft.sources.values()) {
    if (source.article !== article.id) continue;
    const at = source.excerpt.toLowerCase().indexOf(word!);
    if (at >= 0 && isInsideQuotes(source.excerpt, at)) return { source, after };
  }
  return null;
}

function paragraphAround(text: string, offset: number): { from: number; to: number } {
  const end = text.indexOf('\n', offset);
  return { from: text.lastIndexOf('\n', offset) + 1, to: end < 0 ? text.length : end };
}

const toldIn = (draft: Draft, article: Article) =>
  [...draft.sources.values()].some((s) => s.article === article.id);

/** The happening of that kind the article dates on its own, before the day word's reading. */
function knownHappening(named: Draft, touched: Draft[], article: Article): Draft | undefined {
  return touched.find(
    (d) =>
      d !== named &&
      d.kind === named.kind &&
      (d.date.basis === 'explicit' || d.date.basis === 'knowledge-base') &&
      d.date.precision === 'day' &&
      !d.date.end &&
      d.date.start < named.date.start &&
      toldIn(d, article),
  );
}

export function foldQuotedDayWords(touched: Draft[], article: Article, book: DraftBook): void {
  for (const named of touched) {
    const quoted = quotedDayWord(named, article);
    if (!quoted) continue;
    const known = knownHappening(named, touched, article);
    if (!known) continue;
    const saidOn = toIsoDay(addDays(fromIsoDay(known.date.start), quoted.after));
    if (saidOn > article.published) continue;
    for (const source of named.sources.values()) addSource(known, source);
    for (const [id, role] of named.actors) addActor(known, id, role);
    named.sources.clear();
    // A quotation runs over sentences ("“… yesterday’s attack. … security,” Pompeo
    // wrote"): the saying is the one told in the same paragraph.
    const paragraph = paragraphAround(article.text, quoted.source.offset);
    const saying = touched.find(
      (d) =>
        d.kind === 'statement' &&
        d.date.basis === 'publication' &&
        [...d.sources.values()].some(
          (s) => s.article === article.id && s.offset >= paragraph.from && s.offset < paragraph.to,
        ),
    );
    if (!saying) continue;
    const word = named.date.expression!;
    book.redate(saying, {
      start: saidOn,
      precision: 'day',
      basis: 'relative',
      expression: word,
      explanation: `The words quoted call the ${known.kind} of ${longDay(known.date.start)} “${word}”, so they were said on ${longDay(saidOn)}.`,
    });
  }
}
