/**
 * "Today" in someone's words is the day they said them. A report that dates its
 * news in its lead ("The US signalled Friday …", in Saturday's paper) was
 * written on that day, and the words it quotes without a date of their own
 * ("“I told him today …,” Bolton said") were said then, not on the day the page
 * came out. So a day word inside quotation marks, in a sentence that dates
 * nothing outside them, is read as the lead's day.
 */
import { addDays } from 'date-fns/addDays';
import type { DateMention } from '../types';
import { fromIsoDay, longDay, toIsoDay } from './calendar';
import { isInsideQuotes } from '../text/quotes';

/** The words that name the day of speaking. */
const SPEAKING_DAY =
  /^(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|later\s+today)$/i;
/** How far before the page the lead's day may fall: a weekend paper carries Friday's news. */
const LEAD_DAYS_BEFORE = 3;

/**
 * The day the report's news happened, if its first date says so: a day
 * before the publication day, read as the past, dating the sentence's own news.
 */
export function leadDayOf(first: DateMention | undefined, published: string): DateMention | null {
  if (!first || first.precision !== 'day' || first.end || first.future || first.vague) return null;
  if (first.attachedTo || first.start >= published) return null;
  const earliest = toIsoDay(addDays(fromIsoDay(published), -LEAD_DAYS_BEFORE));
  return first.start >= earliest ? first : null;
}

export function withQuotedDaysOfTheLead(
  mentions: DateMention[],
  sentence: { text: string; offset: number },
  lead: DateMention | null,
  published: string,
): DateMention[] {
  if (!lead) return mentions;
  const quoted = (m: DateMention) => isInsideQuotes(sentence.text, m.offset - sentence.offset);
  const speakingDay = (m: DateMention) =>
    m.start === published && !m.end && SPEAKING_DAY.test(m.text.trim()) && quoted(m);
  // A date outside the quotation dates the saying: the words count from it instead.
  if (!mentions.some(speakingDay) || mentions.some((m) => !quoted(m))) return mentions;
  return mentions.map((m) =>
    speakingDay(m)
      ? {
          ...m,
          start: lead.start,
          explanation: `“${m.text}” → ${longDay(lead.start)}: the words were said on the day the report's lead dates its news (“${lead.text}”), not on the day of publication.`,
        }
      : m,
  );
}
