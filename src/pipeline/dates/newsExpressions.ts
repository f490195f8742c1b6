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
import { countOf } from '../lexicon/numbers';
import { directionAt } from './direction';
import {
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

export interface ExpressionContext {
  /** Sentence text and its offset in the article. */
  sentence: string;
  sentenceOffset: number;
  published: string;
  /** The last day-precise date mentioned earlier in the article, for "earlier in the day". */
  previousDay: DateMention | null;
}

type Found = Omit<DateMention, 'offset' | 'length' | 'text'>;

export interface NewsPattern {
  name: string;
  /**
   * Lower-case words, one of which is in every match. A sentence holding none of
   * them is not searched: a plain substring test is many times cheaper than these
   * regexes, and most sentences hold no weekday, "week" or "day after".
   */
  cues?: string[];
  regex: RegExp;
  resolve: (match: RegExpExecArray, ctx: ExpressionContext) => Found | null;
}

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

export const NEWS_PATTERNS: NewsPattern[] = [
  {
    // Full weekday names only: "Sun" and "Wed" are a newspaper and a verb more often than days.
    name: 'weekday',
    cues: ['day'],
    regex: new RegExp(
      `\\b(?:(on|last|this|next|since|by|until|from)\\s+)?(${WEEKDAY_PATTERN})\\b(?!,?\\s+(?:${MONTH_PATTERN}|\\d))`,
      'gi',
    ),
    resolve(match, ctx) {
      const [, prefix, name] = match;
      if (!name || name[0] !== name[0]?.toUpperCase()) return null;
      const target = WEEKDAYS.findIndex((w) => w.toLowerCase() === name.toLowerCase());
      const published = fromIsoDay(ctx.published);
      const lower = prefix?.toLowerCase();
      const future =
        lower === 'next' ||
        (lower !== 'last' && directionAt(ctx.sentence, match.index) === 'future');
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
      if (shift === 0 && sunday > published && directionAt(ctx.sentence, match.index) === 'past')
        sunday = published;
      return weekSpan(monday, sunday, ctx);
    },
  },
  {
    name: 'relative-month-or-year',
    cues: ['month', 'year'],
    regex: /\b(?:(early|mid|late)[- ])?(this|last|next)\s+(month|year)\b/gi,
    resolve(match, ctx) {
      const [, modifier, which, unit] = match;
      const published = fromIsoDay(ctx.published);
      const shift = which!.toLowerCase() === 'last' ? -1 : which!.toLowerCase() === 'next' ? 1 : 0;
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
      let year = monthYear ? Number(monthYear) : published.getFullYear();
      if (!monthYear) {
        const future = directionAt(ctx.sentence, match.index) === 'future';
        if (!future && month > published.getMonth() + 1) year -= 1;
        if (future && month < published.getMonth() + 1) year += 1;
      }
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
      `(?:\\b(in|since|by|until|from|of|during|through|before|after|last|next|this)\\s+)?\\b(${MONTH_PATTERN})(?:\\s+((?:19|20)\\d{2}))?\\b(?![\\s-]*\\d{1,2}\\b)`,
      'g',
    ),
    resolve(match, ctx) {
      const [, preposition, monthName, year] = match;
      if (!year && !preposition) return null;
      const month = monthIndex(monthName!);
      if (year) {
        return {
          start: isoMonth(Number(year), month),
          precision: 'month',
          basis: 'explicit',
          explanation: `→ ${monthName} ${year}.`,
        };
      }
      const published = fromIsoDay(ctx.published);
      const future =
        preposition === 'next' ||
        (preposition !== 'last' && directionAt(ctx.sentence, match.index) === 'future');
      let y = published.getFullYear();
      // "this September" is the report's own year, whichever side of it September falls.
      const thisYear = preposition?.toLowerCase() === 'this';
      if (!thisYear && !future && month > published.getMonth() + 1) y -= 1;
      if (!thisYear && future && month <= published.getMonth() + 1) y += 1;
      return {
        start: isoMonth(y, month),
        precision: 'month',
        basis: 'relative',
        explanation: `→ ${monthName} ${y}: no year given, so the ${future ? 'next' : 'latest'} ${monthName} ${future ? 'after' : 'up to'} the article of ${longDay(ctx.published)}.`,
      };
    },
  },
  {
    // "January this year", "July last year", "March next year".
    name: 'month-of-relative-year',
    cues: ['year'],
    regex: new RegExp(`\\b(${MONTH_PATTERN})\\s+(this|last|next)\\s+year\\b`, 'g'),
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
      /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(year|month|week|day)s?\s+(?:ago|earlier)\b/gi,
    resolve(match, ctx) {
      const [, count, unit] = match;
      const n = countOf(count!);
      if (!Number.isFinite(n)) return null;
      const published = fromIsoDay(ctx.published);
      const u = unit!.toLowerCase();
      if (u === 'year') {
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
    cues: ['quarter'],
    regex:
      /\b(?:(?:the|its|their|this|last|next)\s+)?(?:(?:fiscal|calendar)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|latest|last|current|past|same|previous)?[-\s]*quarter(?:\s+of\s+((?:19|20)\d{2}))?\b/gi,
    resolve(match, ctx) {
      const [, which, yearText] = match;
      const w = (which ?? '').toLowerCase();
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
      if (!w && !/^the\s/i.test(match[0])) return null;
      const published = fromIsoDay(ctx.published);
      const current = Math.floor(published.getMonth() / 3) + 1;
      let year = yearText ? Number(yearText) : published.getFullYear();
      let q: number;
      if (ORDINAL[w]) {
        q = ORDINAL[w]!;
        const future = directionAt(ctx.sentence, match.index) === 'future';
        if (!yearText && !future && q >= current) year -= 1;
        if (!yearText && future && q < current) year += 1;
      } else if (w === 'current') {
        q = current;
      } else {
        // "the quarter", "the latest quarter", "last quarter": the one just ended.
        q = current === 1 ? 4 : current - 1;
        if (current === 1) year -= 1;
      }
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
    // as vague references, which date no event.
    name: 'vague-reference',
    cues: ['now', 'current', 'recent', 'past', 'future', 'soon', 'previous', 'today'],
    // "the past two months", "recent weeks" are lengths of time, not vague references.
    regex:
      /\b(now|currently|current|recently|recent|in the past|the past|previously|in the future|the future|soon)\b(?!\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?)\b)/gi,
    resolve(match, ctx) {
      const word = match[1]!.toLowerCase();
      const value = /now|current/.test(word)
        ? 'PRESENT_REF'
        : /future|soon/.test(word)
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
    regex:
      /\b(in|since|by|until|during|from|before|after|through|as of|of)\s+((?:19|20)\d{2})\b(?![-/.,]?\d)/gi,
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
    // Days every calendar fixes; other holidays differ by country and are left out.
    name: 'fixed-holiday',
    cues: ['new year', 'christmas'],
    regex: /\b(New Year['’]s (?:Day|Eve)|Christmas (?:Day|Eve)|Christmas)\b/g,
    resolve(match, ctx) {
      const name = match[1]!.replace('’', "'");
      const [month, day] =
        name === "New Year's Day"
          ? [1, 1]
          : name === "New Year's Eve"
            ? [12, 31]
            : name === 'Christmas Eve'
              ? [12, 24]
              : [12, 25];
      const published = fromIsoDay(ctx.published);
      const future = directionAt(ctx.sentence, match.index) === 'future';
      let year = published.getFullYear();
      const candidate = (y: number) => fromIsoDay(`${y}-${pad2(month)}-${pad2(day)}`);
      if (!future && candidate(year) > published) year -= 1;
      if (future && candidate(year) < published) year += 1;
      const iso = `${year}-${pad2(month)}-${pad2(day)}`;
      return {
        start: iso,
        precision: 'day',
        basis: 'relative',
        explanation: `→ ${longDay(iso)}, the ${future ? 'next' : 'latest'} ${name} ${future ? 'after' : 'on or before'} the article of ${longDay(ctx.published)}.`,
      };
    },
  },
  {
    // "its 1990 budget", "the 1988 election", "fiscal 1990", "1989's results": a year with
    // no preposition, where the word before it (or a possessive after) makes it one.
    name: 'determined-year',
    regex:
      /(?<=\b(?:the|its|their|his|her|our|this|that|fiscal|calendar|\w+['’]s)\s+)((?:19|20)\d{2})\b(?![-/.,]?\d)|\b((?:19|20)\d{2})(?=['’]s\b)/gi,
    resolve(match) {
      const year = match[1] ?? match[2]!;
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
        explanation: `→ ${longDay(iso)}: ${n === 1 ? 'a day' : `${n} days`} before the events the article reports, taken as its publication on ${longDay(ctx.published)}.`,
      };
    },
  },
];

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
