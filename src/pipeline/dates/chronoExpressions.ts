/**
 * Explicit dates ("February 14", "June 13-14", "January 2018", "10/27/2017",
 * "yesterday") come from chrono-node. Two things are corrected here: the false
 * friends it reads as dates, and the year it picks for a month-day without one
 * (chrono takes the nearest; news looks back unless the clause speaks of plans).
 */
// English only: the package root loads every locale, a second of start-up for nothing.
import * as chrono from 'chrono-node/en';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DateMention } from '../types';
import { directionAt } from './direction';
import { yearChoiceWords, yearOf, type YearlessDate } from './yearOf';
import { MONTH_PATTERN, fromIsoDay, longDay, longMonth, pad2 } from './calendar';
import { localDay } from '../../shared/partialDate';

const RELATIVE_WORDS = /\b(yesterday|today|tomorrow|tonight|ago|day before|day after tomorrow)\b/i;
const PREPOSITION_BEFORE_MONTH =
  /\b(in|since|by|until|from|of|during|through|early|mid|late|last|next|this|before|after)\s*-?\s*$/i;

const CLOCK_WORDS = /\d:\d\d|\b[ap]\.?m\b|\bnoon\b|\bmidnight\b|o'clock/i;

/** Why a chrono match is not a date, or null when it is one. Each reason has a negative test. */
export function falseFriendReason(result: WindowResult, sentence: string): string | null {
  const text = result.text.trim();
  const before = sentence.slice(0, result.index);
  if (/^(right )?now$/i.test(text)) return '"now" is not a date of a happening';
  if (/\b(few|coming|recent)\b/i.test(text)) return 'a vague span, not a date';
  if (/^(a|one|two|three|\d+) days? (after|before)$/i.test(text))
    return 'relative to another happening, not to the publication date';
  const rest = sentence.slice(result.index + result.text.length);
  if (
    /^(the )?day (after|before)$/i.test(text) &&
    /^\s+(?:the|a|an|his|her|its|their|[A-Z])/.test(rest)
  )
    return 'the day of another happening ("the day before the vote")';
  if (/in the day$/i.test(text)) return 'handled as "earlier in the day"';
  const known = (c: Parameters<ParsedComponents['isCertain']>[0]) => result.start.isCertain(c);
  // "5 March 950": a number chrono does not take for the year still says the year is
  // not this one; reading it as a year-less date would date it to the report's year.
  if (!known('year') && /^,?\s*\d{3,4}\b/.test(rest)) return 'followed by a year it does not read';

  // Weekdays are resolved by the news parser, which looks back from publication.
  if (known('weekday') && !known('day')) return 'weekday handled by the news parser';
  if (!/[A-Za-z]/.test(text) && !/\b(19|20)\d{2}\b/.test(text))
    return 'a number without a year ("2 1/2", "1.25") is not a date';
  if (/\$\s*$/.test(before)) return 'a price';
  if (/\b\d+\s+\d+\/\d+\b/.test(text)) return 'a price in fractions ("112 5/8")';
  if (known('month') && !known('day') && !known('year')) {
    const monthWord = new RegExp(`^(${MONTH_PATTERN})$`).test(text);
    if (!monthWord) return 'a lower-case month name is a word ("march", "may")';
    if (!PREPOSITION_BEFORE_MONTH.test(before))
      return 'a month name with no preposition is more likely a word';
  }
  return null;
}

/** "Saturday, April 25": of the years around the report, the one where that day is a Saturday. */
function yearOfWeekday(
  date: YearlessDate,
  start: ParsedComponents,
  published: Date,
): number | null {
  if (date.day === undefined || !start.isCertain('weekday')) return null;
  const weekday = start.get('weekday');
  const year = published.getFullYear();
  const match = [year, year - 1, year + 1].find(
    (y) => localDay(y, date.month - 1, date.day!).getDay() === weekday,
  );
  return match ?? null;
}

function isoOf(components: ParsedComponents, year: number): string {
  const month = components.get('month')!;
  return components.isCertain('day')
    ? `${year}-${pad2(month)}-${pad2(components.get('day')!)}`
    : `${year}-${pad2(month)}`;
}

/**
 * chrono runs dozens of parsers over every string it is given, at a cost that grows
 * with its length. Most sentences hold nothing it could read, so it is shown only a
 * window around each month name, numeric date or relative day word.
 */
const MIGHT_HOLD_A_DATE = new RegExp(
  `\\b(?:${MONTH_PATTERN}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b|\\d{1,4}[/.-]\\d{1,2}|${RELATIVE_WORDS.source}`,
  'gi',
);
/** Characters either side of a date-like word that chrono sees ("on June 13-14, 2019"). */
const WINDOW = 40;

/** What we use of a chrono result, with `index` into the whole sentence. */
type WindowResult = Pick<ParsedResult, 'index' | 'text' | 'start' | 'end'>;

/** chrono's results on windows around each date-like word. */
function parseWindows(sentence: string, reference: Date): WindowResult[] {
  const results = new Map<number, WindowResult>();
  let coveredTo = -1;
  for (const hit of sentence.matchAll(MIGHT_HOLD_A_DATE)) {
    const at = hit.index ?? 0;
    if (at < coveredTo) continue;
    // Widen to whole words so chrono never sees half a token.
    let from = Math.max(0, at - WINDOW);
    while (from > 0 && /\S/.test(sentence[from - 1]!)) from--;
    let to = Math.min(sentence.length, at + hit[0].length + WINDOW);
    while (to < sentence.length && /\S/.test(sentence[to]!)) to++;
    coveredTo = to;
    const window = sentence.slice(from, to);
    // The strict parser reads explicit dates much faster; only relative day
    // words ("yesterday") need the casual one. Months alone are the news parser's.
    const parser = RELATIVE_WORDS.test(window) ? chrono.casual : chrono.strict;
    for (const result of parser.parse(window, reference)) {
      const index = result.index + from;
      if (!results.has(index))
        results.set(index, { index, text: result.text, start: result.start, end: result.end });
    }
  }
  return [...results.values()].sort((a, b) => a.index - b.index);
}

// Every sentence of an article has the same reference: one Date per article, not
// one per sentence (parsing the ISO day for each of 20,000 sentences showed up).
let lastReference = { published: '', date: new Date(0) };
function referenceFor(published: string): Date {
  if (lastReference.published !== published) {
    const date = fromIsoDay(published);
    // Noon keeps the reference on the right calendar day in every time zone.
    date.setHours(12);
    lastReference = { published, date };
  }
  return lastReference.date;
}

export function findChronoExpressions(
  sentence: string,
  sentenceOffset: number,
  published: string,
): DateMention[] {
  const reference = referenceFor(published);
  const mentions: DateMention[] = [];
  for (const result of parseWindows(sentence, reference)) {
    if (falseFriendReason(result, sentence)) continue;
    // "999 years ago": before the year 1000 no ISO date of four digits, and no news.
    if ((result.start.get('year') ?? 0) < 1000) continue;
    const { start, end } = result;
    const relative = RELATIVE_WORDS.test(result.text);
    const read = result.text.trim();
    const text = CLOCK_WORDS.test(read) ? read : read.replace(/,?\s+at\s+\d{1,2}$/, '');
    const base = { text, offset: sentenceOffset + result.index, length: text.length };

    if (relative) {
      const iso = `${start.get('year')}-${pad2(start.get('month')!)}-${pad2(start.get('day')!)}`;
      mentions.push({
        ...base,
        start: iso,
        precision: 'day',
        basis: 'relative',
        explanation: `“${text}” → ${longDay(iso)}, from the article of ${longDay(published)}.`,
      });
      continue;
    }
    if (!start.isCertain('month')) continue;

    const publishedDate = fromIsoDay(published);
    let year = start.get('year')!;
    let how = '';
    if (!start.isCertain('year')) {
      // Choose the year ourselves, by the clause's tense, where chrono always takes
      // the nearest; a weekday named with the date ("Saturday, April 25") settles it.
      const yearless = {
        month: start.get('month')!,
        day: start.isCertain('day') ? start.get('day')! : undefined,
      };
      const byWeekday = yearOfWeekday(yearless, start, publishedDate);
      if (byWeekday !== null) {
        year = byWeekday;
        how = ` The text gives no year: the one in which it falls on that weekday, from the article of ${longDay(published)}.`;
      } else {
        const end = result.index + result.text.length;
        const chosen = yearOf(yearless, publishedDate, directionAt(sentence, result.index, end));
        year = chosen.year;
        how = ` The text gives no year: ${yearChoiceWords(chosen.choice)}, from the article of ${longDay(published)}.`;
      }
    }
    const startIso = isoOf(start, year);
    const endBy = end?.isCertain('month')
      ? isoOf(end, year + ((end.get('month') ?? 0) < (start.get('month') ?? 0) ? 1 : 0))
      : undefined;
    // "February 14 to 11" runs backwards: no span, only the day it starts from.
    const endIso = endBy !== undefined && endBy >= isoOf(start, year) ? endBy : undefined;
    const day = start.isCertain('day');
    // chrono reads "at 1" in "Jan. 1, 1990 at 1,015 francs" as one o'clock: a time
    // counts only when written as one.
    const clock = day && start.isCertain('hour') && CLOCK_WORDS.test(text);
    mentions.push({
      ...base,
      ...(clock
        ? { timeOfDay: `${pad2(start.get('hour')!)}:${pad2(start.get('minute') ?? 0)}` }
        : {}),
      start: startIso,
      end: endIso,
      precision: day ? 'day' : 'month',
      basis: 'explicit',
      explanation: `“${text}” → ${describe(startIso)}${endIso ? ` to ${describe(endIso)}` : ''}.${how}`,
    });
  }
  return mentions;
}

function describe(iso: string): string {
  return iso.length === 10 ? longDay(iso) : longMonth(iso);
}
