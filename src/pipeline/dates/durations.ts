/**
 * Lengths of time ("three years", "a two-year term", "the past six months",
 * "for years"): TimeML durations, with ISO 8601 values (P3Y, P6M, PXY). They
 * date no event, so the event stages never see them; they are read for the
 * TimeML score and for what the text says of how long things lasted.
 */

import {
  MONTH_PATTERN,
  PARTS_OF_DAY,
  WEEKDAYS,
  WEEKDAY_PATTERN,
  monthIndex,
  pad2,
} from './calendar';
import { COMPOUND_NUMBER, NUMBER_WORDS, VAGUE_COUNTS, countOf } from '../lexicon/numbers';

export interface Duration {
  text: string;
  /** Index into the text searched. */
  offset: number;
  length: number;
  value: string;
}

const UNIT: Record<string, [string, boolean]> = {
  year: ['Y', false],
  month: ['M', false],
  week: ['W', false],
  day: ['D', false],
  hour: ['H', true],
  minute: ['M', true],
  decade: ['DE', false],
  century: ['CE', false],
  quarter: ['Q', false],
};

// Longest first, so that "a couple of" wins over "a" and "twenty-four" over "twenty".
const COUNT_WORDS = [...Object.keys(NUMBER_WORDS), ...VAGUE_COUNTS].sort(
  (a, b) => b.length - a.length,
);
const COUNT = `(?:\\d+(?:\\.\\d+)?(?:\\s+1/2)?|${COMPOUND_NUMBER}|${COUNT_WORDS.join('|')})`;
/** "nearly forty years", "at least 30 days", "no more than sixty days". */
const HEDGE =
  '(?:(?:nearly|almost|about|around|roughly|some|only|just|barely|more than|less than|fewer than|at least|at most|no more than|up to|over|under)\\s+)?';
/** "20 more years", "eight trading days", "an additional year". */
const BETWEEN =
  '(?:(?:more|additional|further|straight|consecutive|trading|business|working|full)\\s+)?';
// Not an age ("a 9-year-old"), and not a date told as a distance ("a year earlier").
const DURATION = new RegExp(
  `\\b(?:(?:the\\s+)?(?:past|last|next|coming|previous|first|final|recent)\\s+)?${HEDGE}(?:(${COUNT})[-\\s]+${BETWEEN})?(year|month|week|day|hour|minute|decade|century|centuries|quarter)s?(?:-long)?(?:\\s+and\\s+a\\s+half)?\\b(?![-\\s]+old\\b)(?!\\s+(?:ago|earlier|later|before|after)\\b)`,
  'gi',
);

/**
 * How often: "daily", "every year", "each Thursday", "each July". TimeML calls these
 * sets. "quarterly" is left out: in "a quarterly dividend" it names the payment.
 */
const FREQUENCY = new RegExp(
  `\\b(?:(daily|weekly|monthly|annually|yearly|hourly)|(?:every|each)\\s+(day|week|month|quarter|year|hour|${WEEKDAY_PATTERN}|${MONTH_PATTERN}))\\b`,
  'gi',
);
const FREQUENCY_VALUE: Record<string, string> = {
  daily: 'P1D',
  day: 'P1D',
  weekly: 'P1W',
  week: 'P1W',
  monthly: 'P1M',
  month: 'P1M',
  quarter: 'P1Q',
  annually: 'P1Y',
  yearly: 'P1Y',
  year: 'P1Y',
  hourly: 'PT1H',
  hour: 'PT1H',
};

/** "on Mondays", "Tuesday nights": a weekday in the plural recurs. */
const WEEKDAYS_PLURAL = new RegExp(
  `\\b(${WEEKDAY_PATTERN})(?:s\\b|\\s+(morning|afternoon|evening|night)s\\b)`,
  'g',
);

/** "each Thursday" is every Thursday (XXXX-WXX-4), "each July" every July (XXXX-07). */
function frequencyValue(word: string): string {
  const lower = word.toLowerCase();
  const weekday = WEEKDAYS.findIndex((d) => d.toLowerCase() === lower);
  if (weekday >= 0) return `XXXX-WXX-${weekday === 0 ? 7 : weekday}`;
  const month = monthIndex(word);
  if (month > 0) return `XXXX-${pad2(month)}`;
  return FREQUENCY_VALUE[lower]!;
}

/** Half of each unit in the next smaller one: "2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S. */
const HALF: Record<string, string> = {
  year: '6M',
  month: '15D',
  day: 'T12H',
  hour: '30M',
  minute: '30S',
};

function valueOf(count: string | undefined, unitWord: string, half: boolean): string | null {
  const unit = unitWord.toLowerCase().replace('centuries', 'century');
  const [code, time] = UNIT[unit] ?? [];
  if (!code) return null;
  const prefix = time ? 'PT' : 'P';
  if (count === undefined) return `${prefix}X${code}`;
  const whole = count.replace(/\s+1\/2$/, '');
  if (VAGUE_COUNTS.has(whole.toLowerCase())) return `${prefix}X${code}`;
  const n = countOf(whole, NaN);
  if (!Number.isFinite(n)) return null;
  const withHalf = half || whole !== count ? (HALF[unit] ?? '') : '';
  return `${prefix}${n}${code}${withHalf}`;
}

export function findDurations(text: string): Duration[] {
  const found: Duration[] = [];
  for (const m of text.matchAll(DURATION)) {
    const [whole, count, unit] = m;
    // "years" alone is a duration only as "for years" / "in years"; "day" alone is not one.
    if (count === undefined) {
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      const plural = /s$/i.test(whole);
      const lead = /^(?:the\s+)?(?:past|last|next|coming|previous|recent)\s/i.test(whole);
      if (!(plural && /\b(?:for|in|over)\s+$/i.test(before)) && !lead) continue;
      if (lead && !plural) continue; // "last year" is a date, not a length
    }
    // "a quarter of the shares", "three-quarters": fractions; quarters are lengths only
    // when counted in whole words ("two quarters", "the past three quarters").
    if (/^quarter/i.test(unit!) && (!/s$/i.test(whole) || /-quarters?$/i.test(whole))) continue;
    const value = valueOf(count, unit!, /and a half$/i.test(whole));
    if (!value) continue;
    found.push({ text: whole, offset: m.index, length: whole.length, value });
  }
  for (const m of text.matchAll(FREQUENCY)) {
    const value = frequencyValue((m[1] ?? m[2])!);
    if (found.some((d) => d.offset < m.index + m[0].length && m.index < d.offset + d.length))
      continue;
    found.push({ text: m[0], offset: m.index, length: m[0].length, value });
  }
  for (const m of text.matchAll(WEEKDAYS_PLURAL)) {
    const part = m[2] ? `T${PARTS_OF_DAY[m[2].toLowerCase()]!}` : '';
    found.push({
      text: m[0],
      offset: m.index,
      length: m[0].length,
      value: `${frequencyValue(m[1]!)}${part}`,
    });
  }
  return found.sort((a, b) => a.offset - b.offset);
}
