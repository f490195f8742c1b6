/**
 * Times within a day: "Friday evening", "10 p.m. Wednesday", "noon Thursday",
 * "this morning", "last night", "at 10:35 a.m.". A refiner, run after the date
 * readers: it widens a day-precise date over the time words beside it, and
 * reads the ones that stand alone against the day the article last named (or
 * its publication). Events stay dated to the day; the time is kept for the
 * explanation and for TimeML.
 */
import { subDays } from 'date-fns/subDays';
import type { DateMention } from '../types';
import { PARTS_OF_DAY, fromIsoDay, longDay, pad2, toIsoDay } from './calendar';

const PART = '(?:early\\s+|late\\s+|mid[- ]?)?(morning|afternoon|evening|night)';
/** "10 p.m.", "9:30 a.m. EDT", "noon", "midnight". */
const CLOCK =
  '(?:(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?m\\b\\.?|(noon|midday|midnight))(?:\\s+(?:[A-Z]{2,4}T|GMT|local time))?';

const PART_AFTER = new RegExp(`^\\s+${PART}\\b`, 'i');
const CLOCK_BEFORE = new RegExp(`(?:\\bat\\s+)?\\b${CLOCK},?\\s+(?:on\\s+)?$`, 'i');
const CLOCK_AFTER = new RegExp(`^,?\\s+at\\s+${CLOCK}`, 'i');
/** "this morning", "last night", "tonight": of the report's day (or the night before it). */
const STANDALONE_PART = new RegExp(
  `\\b(this|last|later this|earlier this)\\s+${PART}\\b|\\btonight\\b`,
  'gi',
);
/** "in the morning", "by mid-afternoon": of the day the article last named. */
const PART_OF_NAMED_DAY = new RegExp(
  `\\b(?:in|during|by|later in|early in)\\s+the\\s+${PART}\\b|\\bby\\s+${PART}\\b`,
  'gi',
);
const STANDALONE_CLOCK = new RegExp(
  `\\b(?:at|around|about)\\s+(?:about\\s+|around\\s+)?${CLOCK}`,
  'gi',
);

/** "22:00" from the clock groups of CLOCK; null when they name no real time. */
function clockValue(
  hour?: string,
  minute?: string,
  meridiem?: string,
  word?: string,
): string | null {
  if (word) return /midnight/i.test(word) ? '24:00' : '12:00';
  const h = Number(hour);
  if (!(h >= 1 && h <= 12)) return null;
  const h24 = (h % 12) + (meridiem?.toLowerCase() === 'p' ? 12 : 0);
  return `${pad2(h24)}:${minute ?? '00'}`;
}

/** "In the evening." or "At 22:00.", for the explanation. */
function describeTime(value: string): string {
  const part = Object.keys(PARTS_OF_DAY).find((name) => PARTS_OF_DAY[name] === value);
  return part ? `In the ${part}.` : `At ${value}.`;
}

/** A day-precise date widened over the time words either side of it. */
function widen(mention: DateMention, sentence: string, sentenceOffset: number): DateMention {
  if (mention.precision !== 'day' || mention.end || mention.vague || mention.timeOfDay)
    return mention;
  const from = mention.offset - sentenceOffset;
  const to = from + mention.length;
  const after = sentence.slice(to);
  const before = sentence.slice(0, from);
  const part = PART_AFTER.exec(after);
  const clockAfter = CLOCK_AFTER.exec(after);
  const clockBefore = CLOCK_BEFORE.exec(before);
  let start = from;
  let end = to;
  let time: string | null = null;
  if (clockBefore) {
    time = clockValue(clockBefore[1], clockBefore[2], clockBefore[3], clockBefore[4]);
    if (time) start = from - clockBefore[0].length;
  } else if (clockAfter) {
    time = clockValue(clockAfter[1], clockAfter[2], clockAfter[3], clockAfter[4]);
    if (time) end = to + clockAfter[0].length;
  } else if (part) {
    time = PARTS_OF_DAY[part[1]!.toLowerCase()] ?? null;
    end = to + part[0].length;
  }
  if (!time) return mention;
  const text = sentence.slice(start, end).trim();
  const lead = sentence.slice(start, end).length - sentence.slice(start, end).trimStart().length;
  return {
    ...mention,
    text,
    offset: sentenceOffset + start + lead,
    length: text.length,
    timeOfDay: time,
    explanation: `${mention.explanation.replace(`“${mention.text}”`, `“${text}”`)} ${describeTime(time)}`,
  };
}

const overlaps = (a: DateMention, from: number, to: number) =>
  a.offset < to && from < a.offset + a.length;

/** Times with no day beside them, read against the day last named or the report. */
function standalone(
  sentence: string,
  sentenceOffset: number,
  published: string,
  previousDay: DateMention | null,
  taken: DateMention[],
): DateMention[] {
  const found: DateMention[] = [];
  const add = (index: number, text: string, iso: string, time: string, how: string) => {
    const offset = sentenceOffset + index;
    if (taken.some((m) => overlaps(m, offset, offset + text.length))) return;
    found.push({
      text,
      offset,
      length: text.length,
      start: iso,
      precision: 'day',
      basis: 'relative',
      timeOfDay: time,
      explanation: `“${text}” → ${longDay(iso)}, ${how}.`,
    });
  };
  for (const match of sentence.matchAll(STANDALONE_PART)) {
    const which = match[1]?.toLowerCase();
    const time = which ? PARTS_OF_DAY[match[2]!.toLowerCase()]! : 'NI';
    // "last night" is the night before the report; the rest are its own day.
    const iso = which === 'last' ? toIsoDay(subDays(fromIsoDay(published), 1)) : published;
    add(match.index, match[0], iso, time, `from the article of ${longDay(published)}`);
  }
  const namedDay = previousDay?.start ?? published;
  const ofNamedDay = previousDay
    ? `the day of “${previousDay.text}” mentioned just before`
    : "the article's publication date (no earlier date in the text)";
  for (const match of sentence.matchAll(PART_OF_NAMED_DAY)) {
    const time = PARTS_OF_DAY[(match[1] ?? match[2])!.toLowerCase()]!;
    add(match.index, match[0], namedDay, time, ofNamedDay);
  }
  for (const match of sentence.matchAll(STANDALONE_CLOCK)) {
    const time = clockValue(match[1], match[2], match[3], match[4]);
    if (!time) continue;
    const text = match[0].replace(/^at\s+(?:about\s+|around\s+)?/i, '');
    const index = match.index + match[0].length - text.length;
    add(index, text, namedDay, time, ofNamedDay);
  }
  return found;
}

/** A cheap test that spares most sentences every regex here. */
const MIGHT_HOLD_A_TIME = /morning|afternoon|evening|night|noon|midday|midnight|\d\s*[ap]\.?m\b/i;

export function withTimesOfDay(
  mentions: DateMention[],
  sentence: string,
  sentenceOffset: number,
  published: string,
  previousDay: DateMention | null,
): DateMention[] {
  if (!MIGHT_HOLD_A_TIME.test(sentence)) return mentions;
  const widened = mentions.map((m) => widen(m, sentence, sentenceOffset));
  const alone = standalone(sentence, sentenceOffset, published, previousDay, widened);
  return alone.length ? [...widened, ...alone].sort((a, b) => a.offset - b.offset) : widened;
}
