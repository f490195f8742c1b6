/* eslint-disable max-lines -- a table of date patterns, one entry per expression class; the shared machinery is in calendar.ts and newsPattern.ts. */
/**
 * Date expressions that general-purpose parsers get wrong for news, resolved here
 * at their own precision: weekdays counted back from the publication date, "this
 * week" / "last month" as whole periods, bare years and decades, "early/mid/late"
 * modifiers, and "earlier in the day" carried from the previous dated sentence.
 */
import { addDays } from 'date-fns/addDays';
import { addWeeks } from 'date-fns/addWeeks';
import { getDay } from 'date-fns/getDay';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';
import { subDays } from 'date-fns/subDays';
import { subMonths } from 'date-fns/subMonths';
import type { DateMention } from '../types';
import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS, countOf } from '../lexicon/numbers';
import { attachmentOf } from './attachment';
import { directionAt } from './direction';
import { yearChoiceWords, yearOf } from './yearOf';
import { SEASON_AND_WEEKEND_PATTERNS } from './seasonsAndWeekends';
import { HOLIDAYS, holidayDay } from '../lexicon/holidays';
import { escapeRegExp } from '../text/escapeRegExp';
import type { ExpressionContext, NewsPattern } from './newsPattern';

// Longest first, so that "Christmas Eve" wins over "Christmas".
const HOLIDAY_NAMES = HOLIDAYS.flatMap((h) => h.names)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const HOLIDAY_CUES = [
  ...new Set(HOLIDAYS.flatMap((h) => h.names.map((n) => n.toLowerCase().split(/[\s'’]/)[0]!))),
];
import {
  MONTH_ABBREVIATIONS,
  MONTH_PATTERN,
  WEEKDAYS,
  WEEKDAY_PATTERN,
  fromIsoDay,
  isoMonth,
  longDay,
  longMonth,
  monthIndex,
  pad2,
  toIsoDay,
} from './calendar';

type Found = Omit<DateMention, 'offset' | 'length' | 'text'>;

// Most sentences hold no year; these spare them the years' lookbehind regexes.
const A_YEAR = /(?:19|20)\d\d/;
const TWO_YEARS = /(?:19|20)\d\d\D{1,8}(?:19|20)\d\d/;

/** "in|since|..." with each word also capitalised, as at the start of a sentence. */
const capitalisable = (words: string[]) =>
  words.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
const MONTH_PREPOSITIONS = [
  'in',
  'since',
  'by',
  'until',
  'from',
  'of',
  'during',
  'through',
  'before',
  'after',
  'last',
  'next',
  'this',
];

/**
 * "a February suicide attack", "an April meeting": a month that modifies a noun
 * naming a happening, behind an indefinite article, is that happening's month ("the
 * July meeting" points back at one told already, and dates nothing new).
 */
function namesAHappening(match: RegExpExecArray, ctx: ExpressionContext): boolean {
  if (!/\b(?:a|an)\s+$/i.test(ctx.sentence.slice(0, match.index))) return false;
  const end = match.index + match[0].length;
  const attached = attachmentOf(ctx.sentence, match.index, end);
  return attached !== null && attached.to > end;
}

const directionOf = (match: RegExpExecArray, ctx: ExpressionContext) =>
  directionAt(ctx.sentence, match.index, match.index + match[0].length);

const weekOf = (day: Date) => startOfWeek(day, { weekStartsOn: 1 });

/** A week, Monday to Sunday (or to the report, for "this week" told in the past). */
function weekSpan(monday: Date, last: Date, ctx: ExpressionContext): Found {
  const start = toIsoDay(monday);
  const end = toIsoDay(last);
  return {
    start,
    end,
    precision: 'week',
    basis: 'relative',
    explanation: `→ the week of ${longDay(start)} to ${longDay(end)}, from the article of ${longDay(ctx.published)}.`,
  };
}

const CORE_PATTERNS: NewsPattern[] = [
  {
    // Full weekday names only: "Sun" and "Wed" are a newspaper and a verb more often than
    // days. "every Friday" and "Tuesday nights" are no one day.
    name: 'weekday',
    cues: ['day'],
    regex: new RegExp(
      `(?<!\\b(?:every|each)\\s+)\\b(?:(on|last|this|next|since|by|until|from)\\s+)?(${WEEKDAY_PATTERN})\\b(?!,?\\s+(?:${MONTH_PATTERN}|${MONTH_ABBREVIATIONS}|\\d{1,2}(?:st|nd|rd|th)?\\b(?![,.]\\d)))(?!\\s+(?:morning|afternoon|evening|night)s\\b)`,
      'gi',
    ),
    resolve(match, ctx) {
      const [, prefix, name] = match;
      if (!name || name[0] !== name[0]?.toUpperCase()) return null;
      const target = WEEKDAYS.findIndex((w) => w.toLowerCase() === name.toLowerCase());
      const published = fromIsoDay(ctx.published);
      const lower = prefix?.toLowerCase();
      const future = lower === 'next' || (lower !== 'last' && directionOf(match, ctx) === 'future');
      let day: Date;
      let how: string;
      if (future) {
        // "will travel on Wednesday" in a Wednesday report is that day; "next Wednesday" a week on.
        const ahead = (target - getDay(published) + 7) % 7 || (lower === 'next' ? 7 : 0);
        day = addDays(published, ahead);
        how =
          ahead === 0
            ? 'the day of publication itself, as the clause speaks of what is still to come that day'
            : 'counted forward, as the clause speaks of what is to come';
      } else {
        // "said on Friday" in a Friday article is that same Friday; "last Friday" is a week back.
        const back = (getDay(published) - target + 7) % 7 || (lower === 'last' ? 7 : 0);
        day = subDays(published, back);
        how =
          back === 0
            ? 'the day of publication itself'
            : 'counted back, as reported speech looks back';
      }
      const iso = toIsoDay(day);
      return {
        start: iso,
        precision: 'day',
        basis: 'relative',
        openEnded: lower === 'since' || undefined,
        explanation: `→ ${longDay(iso)}, ${how} from the article of ${longDay(ctx.published)}.`,
      };
    },
  },
  {
    name: 'relative-week',
    cues: ['week'],
    regex: /\b(this|last|next|earlier this|later this|past)\s+week\b/gi,
    resolve(match, ctx) {
      const which = match[1]!.toLowerCase();
      const published = fromIsoDay(ctx.published);
      const shift = which === 'last' || which === 'past' ? -1 : which === 'next' ? 1 : 0;
      const monday = addWeeks(weekOf(published), shift);
      let sunday = addDays(monday, 6);
      // Reported speech cannot be later than the report: clip "this week" at publication.
      if (shift === 0 && sunday > published && directionOf(match, ctx) !== 'future')
        sunday = published;
      return weekSpan(monday, sunday, ctx);
    },
  },
  {
    name: 'relative-month-or-year',
    cues: ['month', 'year'],
    // "the past year" is the year before the report's, as "last year" is.
    regex: /\b(?:(early|mid|late)[- ])?(this|last|next|the past)\s+(month|year)\b/gi,
    resolve(match, ctx) {
      const [, modifier, which, unit] = match;
      const published = fromIsoDay(ctx.published);
      const w = which!.toLowerCase();
      const shift = w === 'last' || w === 'the past' ? -1 : w === 'next' ? 1 : 0;
      if (unit!.toLowerCase() === 'month') {
        const month = subMonths(published, -shift);
        const value = isoMonth(month.getFullYear(), month.getMonth() + 1);
        return withModifier(
          modifier,
          { start: value, precision: 'month', basis: 'relative', explanation: '' },
          ctx,
          match[0],
        );
      }
      const year = published.getFullYear() + shift;
      return withModifier(
        modifier,
        { start: String(year), precision: 'year', basis: 'relative', explanation: '' },
        ctx,
        match[0],
      );
    },
  },
  {
    name: 'modified-month-or-year',
    cues: ['early', 'mid', 'late'],
    regex: new RegExp(
      `\\b(early|mid|late)[- ](?:(${MONTH_PATTERN})(?:\\s+((?:19|20)\\d{2}))?|((?:19|20)\\d{2}))\\b`,
      'g',
    ),
    resolve(match, ctx) {
      const [, modifier, monthName, monthYear, bareYear] = match;
      if (bareYear) {
        return withModifier(
          modifier,
          { start: bareYear, precision: 'year', basis: 'explicit', explanation: '' },
          ctx,
          match[0],
        );
      }
      const month = monthIndex(monthName!);
      const published = fromIsoDay(ctx.published);
      const year = monthYear
        ? Number(monthYear)
        : yearOf({ month }, published, directionOf(match, ctx)).year;
      return withModifier(
        modifier,
        {
          start: isoMonth(year, month),
          precision: 'month',
          basis: monthYear ? 'explicit' : 'relative',
          explanation: '',
        },
        ctx,
        match[0],
      );
    },
  },
  {
    // "January 2018", "in March", "since May": a month, capitalised, either with its
    // year or behind a preposition (a bare "May" or "march" is a word, not a date).
    name: 'month',
    regex: new RegExp(
      `(?:\\b(${capitalisable(MONTH_PREPOSITIONS)})\\s+)?\\b(${MONTH_PATTERN})(?:\\s+((?:19|20)\\d{2}))?\\b(?![\\s-]*\\d)(['’]s\\b)?`,
      'g',
    ),
    resolve(match, ctx) {
      const [, preposition, monthName, year, possessive] = match;
      // "December's figures" is December; "May's government" is Theresa May's.
      const owned = possessive !== undefined && monthName !== 'May';
      if (!year && !preposition && !owned && !namesAHappening(match, ctx)) return null;
      const month = monthIndex(monthName!);
      const since = preposition?.toLowerCase() === 'since' || undefined;
      if (year) {
        return {
          start: isoMonth(Number(year), month),
          precision: 'month',
          basis: 'explicit',
          openEnded: since,
          explanation: `→ ${monthName} ${year}.`,
        };
      }
      const published = fromIsoDay(ctx.published);
      const word = preposition?.toLowerCase();

      // "this September" is the report's own year, whichever side of it September falls.
      if (word === 'this') {
        const y = published.getFullYear();
        return {
          start: isoMonth(y, month),
          precision: 'month',
          basis: 'relative',
          explanation: `→ ${monthName} ${y}, the report's own year.`,
        };
      }
      const direction =
        word === 'next' ? 'future' : word === 'last' ? 'past' : directionOf(match, ctx);
      const { year: y, choice } = yearOf({ month }, published, direction);
      return {
        start: isoMonth(y, month),
        precision: 'month',
        basis: 'relative',
        openEnded: since,
        explanation: `→ ${monthName} ${y}: no year given, so ${yearChoiceWords(choice)} (the article of ${longDay(ctx.published)}).`,
      };
    },
  },
  {
    // "January this year", "July last year", "March next year", "April of last year".
    name: 'month-of-relative-year',
    cues: ['year'],
    regex: new RegExp(`\\b(${MONTH_PATTERN})\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'g'),
    resolve(match, ctx) {
      const [, monthName, which] = match;
      const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      const year = fromIsoDay(ctx.published).getFullYear() + shift;
      return {
        start: isoMonth(year, monthIndex(monthName!)),
        precision: 'month',
        basis: 'relative',
        explanation: `→ ${monthName} ${year}, from the article of ${longDay(ctx.published)}.`,
      };
    },
  },
  {
    // "two years ago" is a year, not the day two years before; "six weeks ago" a week.
    name: 'units-ago',
    cues: ['ago', 'earlier'],
    regex:
      /\b(?:(?:about|around|nearly|almost|roughly|some|more than|less than|over|just|only)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d{1,3})\s+(year|month|week|day)s?\s+(?:ago|earlier)\b/gi,
    resolve(match, ctx) {
      const [, count, unit] = match;
      const n = countOf(count!);
      if (!Number.isFinite(n)) return null;
      const published = fromIsoDay(ctx.published);
      const u = unit!.toLowerCase();
      if (u === 'year') {
        // "999 years ago" names no date a timeline can place.
        if (published.getFullYear() - n < 1000) return null;
        const year = String(published.getFullYear() - n);
        return {
          start: year,
          precision: 'year',
          basis: 'relative',
          explanation: `→ ${year}, from the article of ${longDay(ctx.published)}.`,
        };
      }
      if (u === 'month') {
        const month = subMonths(published, n);
        const value = isoMonth(month.getFullYear(), month.getMonth() + 1);
        return {
          start: value,
          precision: 'month',
          basis: 'relative',
          explanation: `→ ${longMonth(value)}, from the article of ${longDay(ctx.published)}.`,
        };
      }
      if (u === 'week') {
        const monday = addWeeks(weekOf(published), -n);
        return weekSpan(monday, addDays(monday, 6), ctx);
      }
      const iso = toIsoDay(subDays(published, n));
      return {
        start: iso,
        precision: 'day',
        basis: 'relative',
        explanation: `→ ${longDay(iso)}, from the article of ${longDay(ctx.published)}.`,
      };
    },
  },
  {
    // "the third quarter", "third-quarter profit", "the latest quarter": the latest such
    // quarter that has ended by the report, or the one it speaks of as to come.
    name: 'quarter',
    cues: ['quarter', 'period'],
    // "the 1988 second quarter" and "the year-ago quarter" name their year before the
    // ordinal; "period" is a quarter only so named ("the year-earlier period").
    regex:
      /\b(?:(?:the|its|their|this|last|next)\s+)?(?:(?:fiscal|calendar)\s+)?(?:((?:19|20)\d{2})|(year[- ](?:ago|earlier)))?[-\s]*(first|second|third|fourth|1st|2nd|3rd|4th|latest|last|current|past|same|previous)?[-\s]*(quarter|period)(?:\s+of\s+((?:19|20)\d{2}))?\b/gi,
    resolve(match, ctx) {
      const [, yearBefore, yearAgo, which, noun, yearAfter] = match;
      const w = (which ?? '').toLowerCase();
      const yearText = yearBefore ?? yearAfter;
      const ORDINAL: Record<string, number> = {
        first: 1,
        second: 2,
        third: 3,
        fourth: 4,
        '1st': 1,
        '2nd': 2,
        '3rd': 3,
        '4th': 4,
      };
      if (/period/i.test(noun!) && !yearText && !yearAgo) return null;
      if (!w && !yearText && !yearAgo && !/^the\s/i.test(match[0])) return null;
      const published = fromIsoDay(ctx.published);
      const current = Math.floor(published.getMonth() / 3) + 1;
      let year = yearText ? Number(yearText) : published.getFullYear();
      let q: number;
      if (ORDINAL[w]) {
        q = ORDINAL[w]!;
        if (!yearText) {
          const first = (q - 1) * 3 + 1;
          const span = { month: first, lastMonth: first + 2 };
          year = yearOf(span, published, directionOf(match, ctx)).year;
        }
      } else if (w === 'current') {
        q = current;
      } else {
        // "the quarter", "the latest quarter", "last quarter": the one just ended.
        q = current === 1 ? 4 : current - 1;
        if (current === 1 && !yearText) year -= 1;
      }
      if (yearAgo) year -= 1;
      const first = (q - 1) * 3 + 1;
      const start = isoMonth(year, first);
      const end = isoMonth(year, first + 2);
      return {
        start,
        end,
        precision: 'month',
        basis: yearText ? 'explicit' : 'relative',
        explanation: `→ ${longMonth(start)} to ${longMonth(end)}, quarter ${q} of ${year}.`,
      };
    },
  },
  {
    // "now", "recently", "in the future": times news names without dating them. Kept
    // as vague references, which date no event. "previously" and "soon" are left out:
    // they order one happening against another more than they name a time.
    name: 'vague-reference',
    cues: ['now', 'current', 'recent', 'past', 'future'],
    // "the past two months", "recent weeks" are lengths of time, not vague references.
    regex:
      /\b(now|currently|current|recently|recent|in the past|the past|in the future|the future)\b(?!\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|quarters?)\b)/gi,
    resolve(match, ctx) {
      const word = match[1]!.toLowerCase();
      const value = /now|current/.test(word)
        ? 'PRESENT_REF'
        : /future/.test(word)
          ? 'FUTURE_REF'
          : 'PAST_REF';
      return {
        start: ctx.published,
        precision: 'day',
        basis: 'relative',
        vague: value,
        explanation: `“${match[0]}” names a time without dating it (${value}); it dates no event.`,
      };
    },
  },
  {
    name: 'decade',
    cues: ['0s'],
    regex: /\b(?:the\s+)?((?:19|20)\d)0s\b/g,
    resolve(match) {
      const decade = `${match[1]}0`;
      return {
        start: decade,
        end: `${match[1]}9`,
        precision: 'decade',
        basis: 'explicit',
        explanation: `→ the years ${decade} to ${match[1]}9.`,
      };
    },
  },
  {
    // A bare year needs a preposition in front: "in 2001", "since 2018". Alone, a
    // four-digit number is too often a count ("2019 votes").
    name: 'bare-year',
    gate: A_YEAR,
    regex:
      /\b(in|since|by|until|during|from|before|after|through|into|between|as of|of|for(?=\s+\d{4}\s*[,.;:]))\s+(?:both\s+|either\s+)?((?:19|20)\d{2})\b(?![-/.,]?\d)/gi,
    resolve(match) {
      const [, preposition, year] = match;
      return {
        start: year!,
        precision: 'year',
        basis: 'explicit',
        openEnded: preposition!.toLowerCase() === 'since' || undefined,
        explanation: `→ the year ${year}.`,
      };
    },
  },
  {
    // A year heading a timeline entry: "2009: India moves a proposal …", "• 2016 – …".
    // At the head of the sentence and before a colon or dash it is no count.
    name: 'timeline-year',
    gate: A_YEAR,
    regex: /(?<=^[\s•·*]*)((?:19|20)\d{2})(?=\s*(?::|\s[–—-])\s)/g,
    resolve(match) {
      return {
        start: match[1]!,
        precision: 'year',
        basis: 'explicit',
        explanation: `→ the year ${match[1]}, which heads this entry of a timeline.`,
      };
    },
  },
  {
    // Years in words, as transcripts of broadcasts write them: "nineteen ninety-six",
    // "the year two thousand". "two thousand" alone is a count.
    name: 'year-in-words',
    cues: ['nineteen', 'two thousand'],
    regex: new RegExp(
      `\\b(?:nineteen[-\\s](${TENS_WORDS})(?:[-\\s](${UNIT_WORDS}))?|(?<=\\b(?:the year|in|since|by|until)\\s+)two thousand(?:(?:\\s+and)?\\s+(${UNIT_WORDS}|${TEEN_WORDS}))?)\\b`,
      'gi',
    ),
    resolve(match) {
      const [, tens, units, after2000] = match;
      const year = tens
        ? 1900 + countOf(tens) + (units ? countOf(units) : 0)
        : 2000 + (after2000 ? countOf(after2000) : 0);
      if (!Number.isFinite(year)) return null;
      return {
        start: String(year),
        precision: 'year',
        basis: 'explicit',
        explanation: `→ the year ${year}.`,
      };
    },
  },
  {
    // The later years of a list or a range whose first year is read: "between 1985
    // and 1987", "from 1991 to 1997", "in 1994, 1995 and 1997".
    name: 'year-list',
    gate: TWO_YEARS,
    regex:
      /(?<=\b(?:in|since|from|between|during|of)\s+(?:both\s+|either\s+)?(?:19|20)\d{2}(?:(?:,\s*|\s+and\s+|\s+or\s+|\s+to\s+|\s*[-–]\s*)(?:19|20)\d{2})*(?:,\s*|,?\s+and\s+|\s+or\s+|\s+to\s+|\s*[-–]\s*))((?:19|20)\d{2})\b(?![-/.,]?\d)/gi,
    resolve(match) {
      const year = match[1]!;
      return {
        start: year,
        precision: 'year',
        basis: 'explicit',
        explanation: `→ the year ${year}.`,
      };
    },
  },
  {
    // Holidays one calendar fixes: a day of the year or the nth weekday of a month.
    name: 'holiday',
    cues: HOLIDAY_CUES,
    regex: new RegExp(`\\b(${HOLIDAY_NAMES})\\b`, 'g'),
    resolve(match, ctx) {
      const name = match[1]!;
      const holiday = HOLIDAYS.find((h) => h.names.includes(name))!;
      const published = fromIsoDay(ctx.published);
      const dayIn = (year: number) => ({ month: holiday.month, day: holidayDay(holiday, year) });
      const { year, choice } = yearOf(dayIn, published, directionOf(match, ctx));
      const iso = `${year}-${pad2(holiday.month)}-${pad2(holidayDay(holiday, year))}`;
      return {
        start: iso,
        precision: 'day',
        basis: 'relative',
        explanation: `→ ${longDay(iso)}: ${yearChoiceWords(choice)} (the article of ${longDay(ctx.published)}).`,
      };
    },
  },
  {
    // "its 1990 budget", "the 1988 election", "fiscal 1990", "1989's results", "a 1996
    // law": a year with no preposition, where the word before it (or a possessive
    // after) makes it one. After "a", the noun must be singular: "a 2000 troops" is no year.
    name: 'determined-year',
    gate: A_YEAR,
    regex:
      /(?<=\b(?:the|its|their|his|her|our|this|that|fiscal|calendar|\w+['’]s)\s+)((?:19|20)\d{2})\b(?![-/.,]?\d)|\b((?:19|20)\d{2})(?=['’]s\b)|(?<=\ban?\s+)((?:19|20)\d{2})(?=\s+[a-z]+\b(?<!s))/gi,
    resolve(match) {
      const year = match[1] ?? match[2] ?? match[3]!;
      return {
        start: year,
        precision: 'year',
        basis: 'explicit',
        explanation: `→ the year ${year}.`,
      };
    },
  },
  {
    name: 'same-day',
    cues: ['day'],
    regex: /\b(?:(earlier|later) (?:in|on) the day|(earlier|later) that day|the same day)\b/gi,
    resolve(_match, ctx) {
      const anchor = ctx.previousDay;
      const iso = anchor?.start ?? ctx.published;
      return {
        start: iso,
        precision: 'day',
        basis: 'relative',
        explanation: anchor
          ? `→ ${longDay(iso)}, the day of “${anchor.text}” mentioned just before.`
          : `→ ${longDay(iso)}, the article's publication date (no earlier date in the text).`,
      };
    },
  },
  {
    // "A day after the United States asserted X, it continued ...": the subordinate
    // statement came that many days before the events the article reports.
    name: 'days-after-clause',
    cues: ['day after', 'days after'],
    regex:
      /\b([Aa]|[Oo]ne|[Tt]wo|[Tt]hree|\d+) days? after\b(?=\s+(?:the\s+)?[A-Z][\w.\s-]{0,40}?\b(?:asserted|said|stated|told|warned|urged|announced)\b)/g,
    resolve(match, ctx) {
      const n = countOf(match[1]!);
      const iso = toIsoDay(subDays(fromIsoDay(ctx.published), n));
      return {
        start: iso,
        precision: 'day',
        basis: 'relative',
        // The article's news is only "on or before" its publication: so is this.
        onOrBefore: true,
        explanation: `→ ${longDay(iso)}: ${n === 1 ? 'a day' : `${n} days`} before the events the article reports, taken as its publication on ${longDay(ctx.published)}, so no later than this.`,
      };
    },
  },
];

export const NEWS_PATTERNS: NewsPattern[] = [...CORE_PATTERNS, ...SEASON_AND_WEEKEND_PATTERNS];

/** "early 2011" → January–April 2011; "mid-April" → 11–20 April; "late last year" → September–December. */
function withModifier(
  modifier: string | undefined,
  found: Found,
  ctx: ExpressionContext,
  text: string,
): Found {
  const from = `from the article of ${longDay(ctx.published)}`;
  const describe = (what: string) =>
    `“${text}” → ${what}${found.basis === 'relative' ? `, ${from}` : ''}.`;
  if (!modifier) {
    return {
      ...found,
      explanation: describe(found.precision === 'month' ? longMonth(found.start) : found.start),
    };
  }
  const m = modifier.toLowerCase();
  if (found.precision === 'year') {
    const [a, b] = m === 'early' ? [1, 4] : m === 'mid' ? [5, 8] : [9, 12];
    const start = `${found.start}-${pad2(a)}`;
    const end = `${found.start}-${pad2(b)}`;
    return {
      ...found,
      start,
      end,
      precision: 'month',
      explanation: describe(`${longMonth(start)} to ${longMonth(end)}`),
    };
  }
  const first = fromIsoDay(found.start);
  const last = lastDayOfMonth(first).getDate();
  const [a, b] = m === 'early' ? [1, 10] : m === 'mid' ? [11, 20] : [21, last];
  const start = `${found.start}-${pad2(a)}`;
  const end = `${found.start}-${pad2(b)}`;
  return {
    ...found,
    start,
    end,
    precision: 'week',
    explanation: describe(`${a}–${b} ${longMonth(found.start)}`),
  };
}

export function findNewsExpressions(ctx: ExpressionContext): DateMention[] {
  const found: DateMention[] = [];
  const lower = ctx.sentence.toLowerCase();
  for (const pattern of NEWS_PATTERNS) {
    if (pattern.cues && !pattern.cues.some((cue) => lower.includes(cue))) continue;
    if (pattern.gate && !pattern.gate.test(ctx.sentence)) continue;
    pattern.regex.lastIndex = 0;
    for (
      let match = pattern.regex.exec(ctx.sentence);
      match;
      match = pattern.regex.exec(ctx.sentence)
    ) {
      const resolved = pattern.resolve(match, ctx);
      if (!resolved) continue;
      found.push({
        ...resolved,
        text: match[0],
        offset: ctx.sentenceOffset + match.index,
        length: match[0].length,
        explanation: resolved.explanation.startsWith('“')
          ? resolved.explanation
          : `“${match[0]}” ${resolved.explanation}`,
      });
    }
  }
  return dropOverlaps(found);
}

/** Longest expression wins where two overlap ("late last year" over "last year"). */
export function dropOverlaps(mentions: DateMention[]): DateMention[] {
  const sorted = [...mentions].sort((a, b) => b.length - a.length || a.offset - b.offset);
  const kept: DateMention[] = [];
  for (const m of sorted) {
    if (kept.every((k) => m.offset + m.length <= k.offset || k.offset + k.length <= m.offset))
      kept.push(m);
  }
  return kept.sort((a, b) => a.offset - b.offset);
}
