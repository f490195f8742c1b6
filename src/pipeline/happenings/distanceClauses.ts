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
  `\\b(a|an|one|two|three|four|five|six|\\d+)\\s+(day|days|week|weeks)\\s+(after|before)\\s+(?:(?:the|its|his|her|their|that)\\s+|[A-Z][\\w-]*['’]s\\s+)(?:[\\w-]+\\s+){0,2}?(${EVENT_NOUN_PATTERN})\\b`,
  'gi',
);

/**
 * "said in a tweet released a day after the indictment", "A day after the strikes,
 * the minister said", "a day after Omar's acquittal": the saying is dated as a distance from a happening it names
 * by a noun, the one the article dated last (`anchor`). `outside` says where in the
 * sentence the phrase may stand: not among the reported words, whose distances
 * date what they tell.
 */
export function distanceFromNamed(
  sentence: LinkedSentence,
  anchor: DateMention | null,
  outside: (index: number) => boolean,
): DateMention | null {
  if (!anchor || anchor.precision !== 'day' || anchor.end) return null;
  for (const match of sentence.text.matchAll(FROM_NAMED)) {
    const [phrase, count, unit, direction] = match;
    if (!outside(match.index)) continue;
    const days = countOf(count!) * (/week/i.test(unit!) ? 7 : 1);
    const shift = direction!.toLowerCase() === 'after' ? addDays : subDays;
    const iso = toIsoDay(shift(fromIsoDay(anchor.start), days));
    return {
      text: phrase,
      offset: sentence.offset + match.index,
      length: phrase.length,
      start: iso,
      precision: 'day',
      basis: 'relative',
      explanation: `“${phrase}”, the happening the text dates “${anchor.text}” (${longDay(anchor.start)}) → ${longDay(iso)}.`,
    };
  }
  return null;
}
