/**
 * Lengths of time ("three years", "a two-year term", "the past six months",
 * "for years"): TimeML durations, with ISO 8601 values (P3Y, P6M, PXY). They
 * date no event, so the event stages never see them; they are read for the
 * TimeML score and for what the text says of how long things lasted.
 */

import { NUMBER_WORDS, VAGUE_COUNTS, countOf } from '../lexicon/numbers';

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
};

const COUNT = `(?:\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')}|${[...VAGUE_COUNTS].join('|')})`;
// Not an age ("a 9-year-old"), and not a date told as a distance ("a year earlier").
const DURATION = new RegExp(
  `\\b(?:(?:the\\s+)?(?:past|last|next|coming|previous|first|final)\\s+)?(?:(${COUNT})[-\\s]+)?(year|month|week|day|hour|minute|decade|century|centuries)s?(?:-long)?\\b(?![-\\s]+old\\b)(?!\\s+(?:ago|earlier|later|before|after)\\b)`,
  'gi',
);

/** How often: "daily", "every year", "each week". TimeML calls these sets. */
const FREQUENCY =
  /\b(?:(daily|weekly|monthly|annually|yearly|hourly)|(?:every|each)\s+(day|week|month|year|hour))\b/gi;
const FREQUENCY_VALUE: Record<string, string> = {
  daily: 'P1D',
  day: 'P1D',
  weekly: 'P1W',
  week: 'P1W',
  monthly: 'P1M',
  month: 'P1M',
  annually: 'P1Y',
  yearly: 'P1Y',
  year: 'P1Y',
  hourly: 'PT1H',
  hour: 'PT1H',
};

function valueOf(count: string | undefined, unit: string): string | null {
  const [code, time] = UNIT[unit.toLowerCase().replace('centuries', 'century')] ?? [];
  if (!code) return null;
  const prefix = time ? 'PT' : 'P';
  if (count === undefined) return `${prefix}X${code}`;
  const n = countOf(count, NaN);
  if (VAGUE_COUNTS.has(count.toLowerCase())) return `${prefix}X${code}`;
  if (!Number.isFinite(n)) return null;
  return `${prefix}${n}${code}`;
}

export function findDurations(text: string): Duration[] {
  const found: Duration[] = [];
  for (const m of text.matchAll(DURATION)) {
    const [whole, count, unit] = m;
    // "years" alone is a duration only as "for years" / "in years"; "day" alone is not one.
    if (count === undefined) {
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      const plural = /s$/i.test(whole);
      const lead = /^(?:the\s+)?(?:past|last|next|coming|previous)\s/i.test(whole);
      if (!(plural && /\b(?:for|in|over)\s+$/i.test(before)) && !lead) continue;
      if (lead && !plural) continue; // "last year" is a date, not a length
    }
    const value = valueOf(count, unit!);
    if (!value) continue;
    found.push({ text: whole, offset: m.index, length: whole.length, value });
  }
  for (const m of text.matchAll(FREQUENCY)) {
    const value = FREQUENCY_VALUE[(m[1] ?? m[2])!.toLowerCase()]!;
    if (found.some((d) => d.offset < m.index + m[0].length && m.index < d.offset + d.length))
      continue;
    found.push({ text: m[0], offset: m.index, length: m[0].length, value });
  }
  return found.sort((a, b) => a.offset - b.offset);
}
