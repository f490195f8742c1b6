/**
 * Stage 2: find every date expression in an article and resolve it against the
 * publication date. News-specific parsers run first; chrono fills in explicit
 * dates where they found nothing. Sentences are walked in order so that
 * "earlier in the day" can lean on the last day the article named.
 */
import type { DateMention, Sentence } from '../types';
import { isAside } from './splitSentences';
import { findChronoExpressions } from '../dates/chronoExpressions';
import { dropOverlaps, findNewsExpressions } from '../dates/newsExpressions';
import { attachmentOf } from '../dates/attachment';
import { directionAt } from '../dates/direction';
import { withTimesOfDay } from '../dates/timeOfDay';
import { withAnchoredDates } from '../dates/anchored';
import { withoutOtherClocks } from '../dates/otherClocks';
import { leadDayOf, withQuotedDaysOfTheLead } from '../dates/quotedToday';

const SINCE_BEFORE = /\bsince\s*$/i;

export function findDatesInSentence(
  sentence: Pick<Sentence, 'text' | 'offset'>,
  published: string,
  previousDay: DateMention | null,
  previousSentenceAnchor: DateMention | null = null,
): DateMention[] {
  const news = findNewsExpressions({
    sentence: sentence.text,
    sentenceOffset: sentence.offset,
    published,
    previousDay,
  });
  // Every reading competes on length: "26 February 2019" (chrono) must beat the
  // "February 2019" inside it (news patterns), not be thrown out for overlapping it.
  const fromChrono = findChronoExpressions(sentence.text, sentence.offset, published);
  const read = dropOverlaps([...news, ...fromChrono]);
  const anchored = withAnchoredDates(read, sentence.text, sentence.offset, previousSentenceAnchor);
  const dates = withoutOtherClocks(
    withTimesOfDay(anchored, sentence.text, sentence.offset, published, previousDay),
    sentence.text,
    sentence.offset,
  );
  return dates.map((mention) => {
    const at = mention.offset - sentence.offset;
    const before = sentence.text.slice(0, at);
    const attached = attachmentOf(sentence.text, at, at + mention.length);
    return {
      ...mention,
      ...(SINCE_BEFORE.test(before) ? { openEnded: true } : {}),
      // Said of plans ("will meet on Monday"): what it dates has not happened yet.
      ...(directionAt(sentence.text, at) === 'future' ? { future: true as const } : {}),
      ...(attached
        ? {
            attachedTo: {
              ...attached,
              from: attached.from + sentence.offset,
              to: attached.to + sentence.offset,
            },
          }
        : {}),
    };
  });
}

export function findDates(sentences: Sentence[], published: string): DateMention[][] {
  let previousDay: DateMention | null = null;
  let previousSentenceAnchor: DateMention | null = null;
  let lead: DateMention | null | undefined;
  return sentences.map((sentence) => {
    // A dateline's date is the day of filing, a stamp's the day of saving: they date no happening.
    if (isAside(sentence)) return [];
    const read = findDatesInSentence(sentence, published, previousDay, previousSentenceAnchor);
    const mentions = lead ? withQuotedDaysOfTheLead(read, sentence, lead, published) : read;
    if (lead === undefined && read.length > 0) lead = leadDayOf(read[0], published);
    for (const m of mentions) if (m.precision === 'day' && !m.end && !m.vague) previousDay = m;
    // "A year earlier" leans on the sentence just before, not on one further back.
    previousSentenceAnchor = mentions.filter((m) => !m.vague).at(-1) ?? null;
    return mentions;
  });
}
