/**
 * Dates told from another date the text has just named, not from the report:
 * "In February 2019 ... A year earlier, ..." is February 2018, "two days
 * later" the second day after the last date named, and in a results report
 * "up from $3 million a year ago", beside "the third quarter", the same
 * quarter a year before. A refiner, run on a sentence's dates in order, with
 * the last date of the sentence before as the first anchor.
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import type { DateMention } from '../types';
import { countOf } from '../lexicon/numbers';
import { PARTS_OF_DAY, fromIsoDay, toIsoDay } from './calendar';

type Unit = 'year' | 'month' | 'week' | 'day';
// Up to three digits: "2001 years earlier" is a count no news uses for a date.
const COUNT = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3}';
/** "a year earlier", "two days before", "six months ago": the forms the date readers find. */
const SHIFTED = new RegExp(`^(${COUNT})\\s+(year|month|week|day)s?\\s+(earlier|before|ago)$`, 'i');
/** "the year-ago quarter", "the year-earlier period", "year-ago": a results report's comparison. */
const YEAR_AGO = /\byear-(?:ago|earlier)\b/i;
/** "the 1988 period", "the 1989 quarter": the anchor's quarter, in the year named. */
const YEAR_PERIOD = /\b((?:19|20)\d{2})\s+(?:quarter|period)\b/i;
/**
 * "two days later", "a week afterwards": not read by any other reader, as they
 * mean nothing without an anchor. Followed by a noun phrase ("two days before the
 * vote"), the date is of that happening and is left to the attachment reader.
 */
const LATER = new RegExp(
  `\\b(${COUNT})\\s+(year|month|week|day)s?\\s+(later|afterwards?|before)\\b(?!\\s+(?:the|a|an|his|her|its|their|this|that|[A-Z]))`,
  'gi',
);

const ADD: Record<Unit, (d: Date, n: number) => Date> = {
  year: addYears,
  month: addMonths,
  week: addWeeks,
  day: addDays,
};

/** How fine a date is, to refuse "two days later" after "in 2019". */
const FINENESS: Record<string, number> = { year: 0, month: 1, week: 2, day: 3 };

/** An ISO date ("2019", "2019-02", "2019-02-14") moved by a number of units, at its own precision. */
function shiftIso(iso: string, unit: Unit, n: number): string | null {
  const parts = iso.split('-').length;
  const granularity = parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
  if (FINENESS[unit]! > FINENESS[granularity]!) return null;
  const padded = parts === 1 ? `${iso}-01-01` : parts === 2 ? `${iso}-01` : iso;
  return toIsoDay(ADD[unit](fromIsoDay(padded), n)).slice(0, iso.length);
}

const isQuarter = (m: DateMention) =>
  m.precision === 'month' && !!m.end && shiftIso(m.start, 'month', 2) === m.end && !m.season;

function shifted(
  anchor: DateMention,
  unit: Unit,
  n: number,
  from: Pick<DateMention, 'text' | 'offset' | 'length'>,
): DateMention | null {
  const start = shiftIso(anchor.start, unit, n);
  const end = anchor.end ? shiftIso(anchor.end, unit, n) : undefined;
  if (!start || end === null) return null;
  const count = Math.abs(n);
  return {
    ...from,
    start,
    ...(end ? { end } : {}),
    precision: anchor.precision,
    basis: 'relative',
    explanation: `“${from.text}” → ${count} ${unit}${count === 1 ? '' : 's'} ${n < 0 ? 'before' : 'after'} “${anchor.text}” (${anchor.start}${anchor.end ? ` to ${anchor.end}` : ''}), named just before.`,
  };
}

/** A date the readers found, re-read against the anchor when its words say so. */
function reanchor(mention: DateMention, anchor: DateMention | null): DateMention {
  if (!anchor || anchor.vague) return mention;
  const namedYear = YEAR_PERIOD.exec(mention.text);
  if (namedYear && isQuarter(anchor)) {
    const n = Number(namedYear[1]) - Number(anchor.start.slice(0, 4));
    return shifted(anchor, 'year', n, mention) ?? mention;
  }
  if (YEAR_AGO.test(mention.text))
    return isQuarter(anchor) ? (shifted(anchor, 'year', -1, mention) ?? mention) : mention;
  // chrono reads "the day before" from the report; after a named day, it is that day's eve.
  const eve = /^(?:the\s+)?day (before|after)$/i.exec(mention.text.trim());
  if (eve && anchor.precision === 'day')
    return shifted(anchor, 'day', eve[1]!.toLowerCase() === 'before' ? -1 : 1, mention) ?? mention;
  const match = SHIFTED.exec(mention.text.trim());
  if (!match) return mention;
  const n = countOf(match[1]!);
  const unit = match[2]!.toLowerCase() as Unit;
  // "ago" counts from the report, except in a results report's comparison of quarters.
  if (match[3]!.toLowerCase() === 'ago' && !(unit === 'year' && isQuarter(anchor))) return mention;
  return shifted(anchor, unit, -n, mention) ?? mention;
}

/** "the next day", "the following week", "the previous morning": one unit on from the anchor. */
const NEXT =
  /\b(?:the\s+(next|following|previous|preceding)|(following|preceding))\s+(day|morning|afternoon|evening|night|week|month|year)\b(?!\s+(?:of|to|after|before)\b)/gi;
/** "later that year", "that same month": the anchor's year or month. */
const THAT_PERIOD = /\b(?:(?:later|earlier)\s+(?:in\s+)?)?that\s+(?:same\s+)?(year|month)\b/gi;

type AnchoredReader = {
  regex: RegExp;
  read: (
    match: RegExpMatchArray,
    anchor: DateMention,
    at: Pick<DateMention, 'text' | 'offset' | 'length'>,
  ) => DateMention | null;
};

const ANCHORED_READERS: AnchoredReader[] = [
  {
    regex: LATER,
    read(match, anchor, at) {
      const n = countOf(match[1]!);
      if (!Number.isFinite(n)) return null;
      const sign = match[3]!.toLowerCase() === 'before' ? -1 : 1;
      return shifted(anchor, match[2]!.toLowerCase() as Unit, sign * n, at);
    },
  },
  {
    regex: NEXT,
    read(match, anchor, at) {
      const sign = /^(?:previous|preceding)$/i.test((match[1] ?? match[2])!) ? -1 : 1;
      const word = match[3]!.toLowerCase();
      const part = PARTS_OF_DAY[word];
      const date = shifted(anchor, part ? 'day' : (word as Unit), sign, at);
      return date && part ? { ...date, timeOfDay: part } : date;
    },
  },
  {
    regex: THAT_PERIOD,
    read(match, anchor, at) {
      const unit = match[1]!.toLowerCase();
      const length = unit === 'year' ? 4 : 7;
      if (anchor.start.length < length) return null;
      const start = anchor.start.slice(0, length);
      return {
        ...at,
        start,
        precision: unit === 'year' ? 'year' : 'month',
        basis: 'relative',
        explanation: `“${at.text}” → ${start}, the ${unit} of “${anchor.text}”, named just before.`,
      };
    },
  },
];

/** Dates that mean nothing without an anchor, dated from the date named last before them. */
function anchoredDates(
  sentence: string,
  sentenceOffset: number,
  mentions: DateMention[],
  anchorBefore: (offset: number) => DateMention | null,
): DateMention[] {
  const found: DateMention[] = [];
  for (const reader of ANCHORED_READERS) {
    for (const match of sentence.matchAll(reader.regex)) {
      const at = { text: match[0], offset: sentenceOffset + match.index, length: match[0].length };
      const taken = [...mentions, ...found];
      if (taken.some((m) => m.offset < at.offset + at.length && at.offset < m.offset + m.length))
        continue;
      const anchor = anchorBefore(at.offset);
      if (!anchor || anchor.vague) continue;
      const date = reader.read(match, anchor, at);
      if (date) found.push(date);
    }
  }
  return found;
}

/** A cheap test that spares most sentences the anchored readers' regexes. */
const MIGHT_BE_ANCHORED =
  /later|afterward|before|next|following|previous|preceding|that (?:same )?(?:year|month)/i;

/**
 * "in November the same year", "in March of that year", "in June the following
 * year": a month told without a year of its own, then given one by the year
 * named just before.
 */
const MONTH_THEN =
  /^,?\s+(?:of\s+)?(?:the\s+same|that(?:\s+same)?|the\s+(following|next|previous|preceding))\s+year\b/i;

function monthOfAnchorYear(
  mention: DateMention,
  anchor: DateMention | null,
  sentence: string,
  sentenceOffset: number,
): DateMention | null {
  if (!anchor || anchor.vague || mention.precision !== 'month' || mention.end) return null;
  if (/\d/.test(mention.text) || mention.season) return null;
  const tail = MONTH_THEN.exec(sentence.slice(mention.offset - sentenceOffset + mention.length));
  if (!tail) return null;
  const shift = tail[1] ? (/following|next/i.test(tail[1]) ? 1 : -1) : 0;
  const year = Number(anchor.start.slice(0, 4)) + shift;
  const text = mention.text + tail[0];
  const start = `${year}${mention.start.slice(4)}`;
  return {
    ...mention,
    text,
    length: text.length,
    start,
    basis: 'relative',
    explanation: `“${text}” → ${start}, the month in the year of “${anchor.text}” (${anchor.start.slice(0, 4)}${shift ? `, ${shift > 0 ? 'plus' : 'minus'} one` : ''}), named just before.`,
  };
}

export function withAnchoredDates(
  mentions: DateMention[],
  sentence: string,
  sentenceOffset: number,
  previousSentenceAnchor: DateMention | null,
): DateMention[] {
  const out: DateMention[] = [];
  let anchor = previousSentenceAnchor;
  for (const mention of mentions) {
    const read =
      monthOfAnchorYear(mention, anchor, sentence, sentenceOffset) ?? reanchor(mention, anchor);
    out.push(read);
    if (!read.vague) anchor = read;
  }
  if (!MIGHT_BE_ANCHORED.test(sentence)) return out;
  const anchorBefore = (offset: number) =>
    out.filter((m) => m.offset < offset && !m.vague).at(-1) ?? previousSentenceAnchor;
  const later = anchoredDates(sentence, sentenceOffset, out, anchorBefore);
  return later.length ? [...out, ...later].sort((a, b) => a.offset - b.offset) : out;
}
