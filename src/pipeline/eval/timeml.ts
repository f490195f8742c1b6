/**
 * Scores the date stage on TimeML (TempEval-3) documents: the document's
 * creation time stands in for the publication date, the text is split and
 * dated exactly as an article is, and each date expression is compared with
 * the annotated TIMEX3s. Pure: text in, figures out.
 *
 * As in TempEval-3, an expression matches a TIMEX3 when their extents overlap
 * (relaxed) or coincide (strict), one to one; the value F1 counts a match only
 * when the normalised values are equal, over all system and all gold TIMEX3s
 * of the text (the creation time itself, outside the text, is left out).
 */
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { fromIsoDay } from '../../shared/partialDate';
import { findDates, findDatesInSentence } from '../stages/findDates';
import { findDurations } from '../dates/durations';
import { isAside, splitSentences } from '../stages/splitSentences';
import type { DateMention } from '../types';

export interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

export interface TimemlDocument {
  /** YYYY-MM-DD of the document creation time. */
  dct: string;
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

function attribute(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

/** The TEXT of a TimeML file without its tags, and where each TIMEX3 stands in it. */
export function parseTimeml(xml: string): TimemlDocument {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1] ?? '';
  const dct = attribute(dctTag, 'value').slice(0, 10);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: Timex[] = [];
  let open: { start: number; tag: string } | null = null;
  for (const part of body.split(/(<[^>]+>)/)) {
    if (part.startsWith('<TIMEX3')) open = { start: text.length, tag: part };
    else if (part === '</TIMEX3>' && open) {
      timexes.push({
        start: open.start,
        end: text.length,
        type: attribute(open.tag, 'type'),
        value: attribute(open.tag, 'value'),
        text: text.slice(open.start),
      });
      open = null;
    } else if (!part.startsWith('<')) text += decode(part);
  }
  return { dct, text, timexes };
}

/** "2019-W07", the ISO week of a day. */
function isoWeek(iso: string): string {
  const day = fromIsoDay(iso);
  return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`;
}

/** A date mention's TIMEX3 value: "2019-02-14", "2019-02", "2019", "2019-W07", "199". */
export function timexValue(mention: DateMention): string {
  const { start, end, precision, text } = mention;
  if (mention.vague) return mention.vague;
  if (mention.timeOfDay) return `${start}T${mention.timeOfDay}`;
  if (mention.season) return `${start.slice(0, 4)}-${mention.season}`;
  if (mention.weekend) return `${isoWeek(start)}-WE`;
  const quarter = /^(\d{4})-(01|04|07|10)$/.exec(start);
  if (
    precision === 'month' &&
    quarter &&
    end === `${quarter[1]}-${String(Number(quarter[2]) + 2).padStart(2, '0')}`
  )
    return `${quarter[1]}-Q${(Number(quarter[2]) + 2) / 3}`;
  const modified = /^(early|mid|late)\b/i.test(text.trim());
  if (precision === 'decade') return start.slice(0, 3);
  if (precision === 'year') return start;
  // "early 2011" is 2011 with a modifier; "mid-April" is April.
  if (modified && precision === 'month' && end) return start.slice(0, 4);
  if (modified && precision === 'week') return start.slice(0, 7);
  if (precision === 'week' && end) return isoWeek(start);
  return start;
}

export interface TimemlScore {
  documents: number;
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  /** Relaxed matches whose values agree. */
  valueCorrect: number;
  /** Gold TIMEX3s per type, and how many of each were matched with the right value. */
  byType: Record<string, { gold: number; correct: number }>;
}

export function emptyScore(): TimemlScore {
  return { documents: 0, gold: 0, system: 0, relaxed: 0, strict: 0, valueCorrect: 0, byType: {} };
}

/**
 * The pipeline's date mentions and durations for a TimeML document, with offsets
 * into its text; where a duration overlaps a date ("two years ago"), the date wins.
 */
export function systemTimexes(
  doc: TimemlDocument,
): { start: number; end: number; value: string }[] {
  const sentences = splitSentences('timeml', doc.text);
  // The pipeline reads a dateline's date and then sets it aside (it dates no
  // happening); TimeML annotates it like any other, so it is scored here.
  const datelines = sentences.filter(isAside).flatMap((s) => findDatesInSentence(s, doc.dct, null));
  const dates = [...findDates(sentences, doc.dct).flat(), ...datelines].map((m) => ({
    start: m.offset,
    end: m.offset + m.length,
    value: timexValue(m),
  }));
  const durations = findDurations(doc.text)
    .map((d) => ({ start: d.offset, end: d.offset + d.length, value: d.value }))
    .filter((d) => dates.every((t) => d.end <= t.start || t.end <= d.start));
  return [...dates, ...durations].sort((a, b) => a.start - b.start);
}

export function scoreDocument(doc: TimemlDocument, score: TimemlScore): void {
  const system = systemTimexes(doc);
  const used = new Set<number>();
  score.documents++;
  score.gold += doc.timexes.length;
  score.system += system.length;
  for (const gold of doc.timexes) {
    const type = (score.byType[gold.type] ??= { gold: 0, correct: 0 });
    type.gold++;
    // The system expression overlapping this gold TIMEX3 the most, not yet matched.
    let best = -1;
    let bestOverlap = 0;
    system.forEach((s, i) => {
      const overlap = Math.min(s.end, gold.end) - Math.max(s.start, gold.start);
      if (!used.has(i) && overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    if (best < 0) continue;
    used.add(best);
    const match = system[best]!;
    score.relaxed++;
    if (match.start === gold.start && match.end === gold.end) score.strict++;
    if (match.value === gold.value) {
      score.valueCorrect++;
      type.correct++;
    }
  }
}

const f1 = (correct: number, system: number, gold: number) => {
  const p = system === 0 ? 0 : correct / system;
  const r = gold === 0 ? 0 : correct / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

export function summarise(score: TimemlScore) {
  return {
    relaxed: f1(score.relaxed, score.system, score.gold),
    strict: f1(score.strict, score.system, score.gold),
    value: f1(score.valueCorrect, score.system, score.gold),
  };
}
