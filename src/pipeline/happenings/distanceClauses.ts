/**
 * Happenings told in a clause dated as a distance from another: "This comes a
 * day after the cleric was released", "Pompeo's remarks came a day after China
 * lifted its hold", "hours after the strikes began, the minister called". The
 * clause is a happening of its own; its day is the other happening's day less
 * (or plus) the distance. The other happening is the sentence's own dated one,
 * else the last one the article dated ("This comes …" points back).
 */
import { addDays } from 'date-fns/addDays';
import { subDays } from 'date-fns/subDays';
import { fromIsoDay, longDay, toIsoDay } from '../dates/calendar';
import { EVENT_NOUN_PATTERN } from '../lexicon/eventNouns';
import { countOf } from '../lexicon/numbers';
import type { DateMention, LinkedSentence } from '../types';

export interface DistanceClause {
  /** Where the clause's words begin in the sentence (after "after" / "before"). */
  from: number;
  date: DateMention;
}

const DISTANCE =
  /\b(?:(a|an|one|two|three|four|five|six|\d+)\s+(day|days|week|weeks)|(hours|minutes|shortly|soon|just|moments|days))\s+(after|before)\s+(?=\S)/gi;

/** The clauses of a sentence dated as a distance from `anchor`, a day-precise date. */
export function distanceClauses(
  sentence: LinkedSentence,
  anchor: DateMention | null,
): DistanceClause[] {
  if (!anchor || anchor.precision !== 'day' || anchor.end) return [];
  const out: DistanceClause[] = [];
  for (const match of sentence.text.matchAll(DISTANCE)) {
    const [phrase, count, unit, vague, direction] = match;
    // "days after" with no count: too loose to date by.
    if (vague?.toLowerCase() === 'days') continue;
    const days = vague ? 0 : countOf(count!) * (/week/i.test(unit!) ? 7 : 1);
    // "X came a day after Y": Y was a day before X; "a day before Y": Y a day after.
    const shift = direction!.toLowerCase() === 'after' ? subDays : addDays;
    const iso = toIsoDay(shift(fromIsoDay(anchor.start), days));
    const at = sentence.offset + (match.index ?? 0);
    out.push({
      from: (match.index ?? 0) + phrase.length,
      date: {
        text: phrase.trim(),
        offset: at,
        length: phrase.trimEnd().length,
        start: iso,
        precision: 'day',
        basis: 'relative',
        explanation: `“${phrase.trim()}” the happening dated “${anchor.text}” (${longDay(anchor.start)}) → ${longDay(iso)}.`,
      },
    });
  }
  return out;
}

const FROM_NAMED = new RegExp(
  `\\b(?:(a\\s+few|few|several|a|an|one|two|three|four|five|six|\\d+)\\s+(day|days|week|weeks)(?:\\s+later)?|(hours|minutes|moments|shortly|soon))\\s+(after|before)\\s+(?:(?:the|its|his|her|their|that)\\s+|[A-Z][\\w-]*['’]s\\s+)(?:[\\w-]+\\s+){0,2}?(${EVENT_NOUN_PATTERN})\\b`,
  'gi',
);

/** What a saying's distance may count from: the last day the article dated, or its last date. */
export interface NamedAnchors {
  lastDay: DateMention | null;
  /** The last happening the article dated, at any precision: "hours after" keeps its month. */
  lastDate: DateMention | null;
}

type Anchor = Pick<DateMention, 'text' | 'start' | 'end'>;

/** "a few days": at least two, at most seven of the unit. */
const ROUGHLY = /^(?:a\s+few|few|several)$/i;

/** The date `min` to `max` days from the anchor, or null when its precision cannot carry it. */
function fromAnchor(anchor: Anchor, after: boolean, min: number, max: number) {
  const day = anchor.start.length === 10;
  if (!day) return min === 0 && max === 0 ? { start: anchor.start, end: undefined } : null;
  const base = fromIsoDay(after ? (anchor.end ?? anchor.start) : anchor.start);
  const shift = (n: number) => toIsoDay(after ? addDays(base, n) : subDays(base, n));
  const [first, last] = after ? [shift(min), shift(max)] : [shift(max), shift(min)];
  return { start: first, end: first === last ? undefined : last };
}

/**
 * "said in a tweet released a day after the indictment", "A day after the strikes,
 * the minister said", "a day after Omar's acquittal", "said a few days later after
 * the raid", "had said hours after his release": the saying is dated as a distance
 * from a happening it names by a noun: the incident the noun names, if the sentence
 * links one, else the one the article dated last (for a distance of hours, at the
 * precision the article gave it). `outside` says where in the sentence the phrase
 * may stand: not among the reported words, whose distances date what they tell.
 */
export function distanceFromNamed(
  sentence: LinkedSentence,
  anchors: NamedAnchors,
  outside: (index: number) => boolean,
): DateMention | null {
  for (const match of sentence.text.matchAll(FROM_NAMED)) {
    const [phrase, count, unit, hours, direction, noun] = match;
    if (!outside(match.index)) continue;
    const per = /week/i.test(unit ?? '') ? 7 : 1;
    const [min, max] = hours
      ? [0, 0]
      : ROUGHLY.test(count!)
        ? [2 * per, 7 * per]
        : [countOf(count!) * per, countOf(count!) * per];
    const nounAt = match.index + phrase.length - noun!.length;
    const incident = sentence.incidents.find(
      (m) =>
        m.offset - sentence.offset < nounAt + noun!.length &&
        nounAt < m.offset - sentence.offset + m.length,
    );
    const lastDay = anchors.lastDay && !anchors.lastDay.end ? anchors.lastDay : null;
    const anchor: Anchor | null = incident ?? (hours ? (anchors.lastDate ?? lastDay) : lastDay);
    if (!anchor) continue;
    const date = fromAnchor(anchor, direction!.toLowerCase() === 'after', min, max);
    if (!date) continue;
    const precision = date.start.length === 10 ? 'day' : date.start.length === 7 ? 'month' : 'year';
    const when = date.end ? `${date.start} to ${date.end}` : date.start;
    return {
      text: phrase,
      offset: sentence.offset + match.index,
      length: phrase.length,
      start: date.start,
      ...(date.end ? { end: date.end } : {}),
      precision,
      basis: 'relative',
      explanation: `“${phrase}”, the happening the text dates “${anchor.text}” (${anchor.end ? `${anchor.start} to ${anchor.end}` : anchor.start}) → ${when}.`,
    };
  }
  return null;
}
