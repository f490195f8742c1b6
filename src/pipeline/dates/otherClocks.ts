/**
 * One moment told on two clocks: "on Wednesday afternoon Washington time (early
 * Thursday morning Indian time)". The date in parentheses restates the one
 * before it on another country's clock; it is the same happening's, a day apart
 * only because the clocks are, so it dates nothing of its own. The reading the
 * sentence gives first is the one its happening keeps.
 */
import type { DateMention } from '../types';
import { fromIsoDay } from './calendar';

/** A clock named after a time: "Washington time", "local time", "IST", "GMT+5". */
const CLOCK = String.raw`(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+time|local\s+time|(?:[A-Z]{2,4}T|IST|PKT|GMT|UTC)(?:[+-]\d{1,2})?)`;
/** What may stand between the first date and the parenthesis: its time words and clock. */
const BEFORE_PARENTHESIS = new RegExp(
  String.raw`^(?:\s+(?:in\s+the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night))?(\s+\(?${CLOCK}\)?)?,?\s*\(\s*(?:or\s+|which\s+was\s+)?(?:early\s+|late\s+)?$`,
);
/** The parenthesis names a clock too, after the second date, or the place whose clock it is. */
const CLOCK_INSIDE = new RegExp(String.raw`^[^()]*?${CLOCK}[^()]*\)`);
const PLACE_INSIDE = /^\s+(?:in|at)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s*\)/;

const DAY_MS = 86_400_000;

export function withoutOtherClocks(
  mentions: DateMention[],
  sentence: string,
  sentenceOffset: number,
): DateMention[] {
  if (!sentence.includes('(')) return mentions;
  return mentions.filter((second, i) => {
    const first = mentions[i - 1];
    if (!first || first.precision !== 'day' || second.precision !== 'day') return true;
    if (first.end || second.end) return true;
    const apart = Math.abs(fromIsoDay(second.start).getTime() - fromIsoDay(first.start).getTime());
    if (apart > DAY_MS) return true;
    const between = sentence.slice(
      first.offset - sentenceOffset + first.length,
      second.offset - sentenceOffset,
    );
    const after = sentence.slice(second.offset - sentenceOffset + second.length);
    const before = BEFORE_PARENTHESIS.exec(between);
    if (!before) return true;
    // One clock named at least: the first date's, or the second's.
    return !(CLOCK_INSIDE.test(after) || (before[1] !== undefined && PLACE_INSIDE.test(after)));
  });
}
