/**
 * Stage 2: find every date expression in an article and resolve it against the
 * publication date. News-specific parsers run first; chrono fills in explicit
 * dates where they found nothing. Sentences are walked in order so that
 * "earlier in the day" can lean on the last day the article named.
 */
import type { DateMention, Sentence } from '../types';
import { findChronoExpressions } from '../dates/chronoExpressions';
import { dropOverlaps, findNewsExpressions } from '../dates/newsExpressions';

const SINCE_BEFORE = /\bsince\s*$/i;

export function findDatesInSentence(
  sentence: Pick<Sentence, 'text' | 'offset'>,
  published: string,
  previousDay: DateMention | null,
): DateMention[] {
  const news = findNewsExpressions({
    sentence: sentence.text,
    sentenceOffset: sentence.offset,
    published,
    previousDay,
  });
  const fromChrono = findChronoExpressions(sentence.text, sentence.offset, published).filter((c) =>
    news.every((n) => c.offset + c.length <= n.offset || n.offset + n.length <= c.offset),
  );
  return dropOverlaps([...news, ...fromChrono]).map((mention) => {
    const before = sentence.text.slice(0, mention.offset - sentence.offset);
    return SINCE_BEFORE.test(before) ? { ...mention, openEnded: true } : mention;
  });
}

export function findDates(sentences: Sentence[], published: string): DateMention[][] {
  let previousDay: DateMention | null = null;
  return sentences.map((sentence) => {
    const mentions = findDatesInSentence(sentence, published, previousDay);
    for (const m of mentions) if (m.precision === 'day' && !m.end) previousDay = m;
    return mentions;
  });
}
