/**
 * Stage 1c: split an article into sentences with offsets into the verbatim text.
 * `text.slice(offset, offset + sentence.text.length) === sentence.text` always holds;
 * surrounding white space is left out of the sentence but never altered.
 */
import { addDays } from 'date-fns/addDays';
import type { Sentence } from '../types';
import { fromIsoDay, pad2, toIsoDay } from '../dates/calendar';
import { datelineLength } from '../text/dateline';
import { furnitureLength } from '../lexicon/furniture';
import { clipText } from '../../shared/clipText';

/**
 * Words that end with a period without ending the sentence. News prose is full of
 * them ("U.S. Secretary", "Sept. 11", "Washington D.C.") and a split there would cut
 * an excerpt in half.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'sen',
  'rep',
  'gov',
  'pres',
  'prof',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'co',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'd.c',
  'a.m',
  'p.m',
  'e.g',
  'i.e',
]);

/** Single capitals ("S. Jaishankar") are initials, not sentence ends. */
function endsWithAbbreviation(before: string): boolean {
  // Only the tail matters; an end-anchored regex over the whole text would rescan it at every period.
  const word = /([A-Za-z.]+)$/.exec(before.slice(-24))?.[1] ?? '';
  const bare = word.replace(/\.$/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return true;
  return /^[A-Z]\.?$/.test(word);
}

/** A dateline or page furniture: read for nothing the report tells. */
export const isAside = (sentence: Sentence): boolean =>
  sentence.dateline === true || sentence.furniture === true;

/** Longest excerpt a sentence may make, in characters. */
export const MAX_SENTENCE = 1000;

type AsideKind = 'dateline' | 'furniture';
type AsideSpan = [start: number, end: number, kind: AsideKind];

/**
 * Where each aside that opens a line starts and ends: page furniture (an archive
 * stamp, a byline, a caption: see lexicon/furniture.ts), then a dateline, which
 * may follow an archive stamp on the same line.
 */
function asideSpans(text: string, knownPlace: string | null): AsideSpan[] {
  const spans: AsideSpan[] = [];
  for (const paragraph of text.matchAll(/(?:^|[\r\n])[ \t]*(?=\S)/g)) {
    let start = (paragraph.index ?? 0) + paragraph[0].length;
    const lineEnd = text.slice(start).search(/[\r\n]|$/) + start;
    const furniture = furnitureLength(text.slice(start, lineEnd));
    if (furniture > 0) {
      spans.push([start, start + furniture, 'furniture']);
      start += furniture;
      start += text.slice(start, lineEnd).length - text.slice(start, lineEnd).trimStart().length;
      if (start >= lineEnd) continue;
    }
    // Only the head of a paragraph is read: a dateline is short.
    const length = datelineLength(text.slice(start, start + 120), knownPlace);
    if (length > 0) spans.push([start, start + length, 'dateline']);
  }
  return spans;
}

/**
 * `dateline` is the manifest's place of filing: a paragraph that opens with it
 * ("Washington: ...") has that dateline split off as a sentence of its own,
 * marked, so that its filing date dates nothing and no title starts with it.
 */
export function splitSentences(
  articleId: string,
  text: string,
  dateline: string | null = null,
): Sentence[] {
  const sentences: Sentence[] = [];
  const asides = asideSpans(text, dateline);
  let start = 0;

  const push = (end: number, aside?: AsideKind) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    let offset = start + lead;
    let rest = raw.trim();
    if (aside) {
      if (rest.length > 0)
        sentences.push({ articleId, index: sentences.length, offset, text: rest, [aside]: true });
      start = end;
      return;
    }
    // A text without full stops must not become one giant excerpt: cut at a space.
    while (rest.length > MAX_SENTENCE) {
      const space = rest.lastIndexOf(' ', MAX_SENTENCE);
      // With no space to cut at, still between characters: an excerpt never ends in half an emoji.
      const cut =
        space > MAX_SENTENCE / 2 ? space : clipText(rest, MAX_SENTENCE).length || MAX_SENTENCE;
      sentences.push({
        articleId,
        index: sentences.length,
        offset,
        text: rest.slice(0, cut).trimEnd(),
      });
      const next = rest.slice(cut);
      offset += cut + (next.length - next.trimStart().length);
      rest = next.trimStart();
    }
    if (rest.length > 0) sentences.push({ articleId, index: sentences.length, offset, text: rest });
    start = end;
  };

  // A boundary is a line break, or terminal punctuation (plus closing quotes) followed
  // by white space and something that can open a sentence. The punctuation is taken
  // whole, from the first mark of its run, and never given back (a lookahead and a
  // back-reference make the group atomic): otherwise a run of 40,000 dots is tried
  // at every dot and every length, quadratic in the run. What can open a sentence is a
  // capital or digit of any script, or a letter of a script without capitals (Urdu,
  // Hindi, Chinese): an English statement followed by a sentence in another script
  // must not take it into its excerpt and title. The full stops of those scripts (the
  // danda, the Urdu and Chinese full stops, which need no space after them) end one too.
  const boundary =
    /(\r\n|\r|\n)+|(?<![.!?])(?=([.!?]+["'”’)]*))\2(?=\s+["'“‘(«]?[\p{Lu}\p{Lt}\p{Lo}\p{Nd}])|[\u0964\u0965\u06D4\u061F\u3002\uFF01\uFF1F]+["'”’)」』]*/gu;
  let nextAside = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    // An aside ends a sentence of its own; no boundary falls inside it ("ARLINGTON, Va. (AP)").
    let inside = false;
    for (let span = asides[nextAside]; span && match.index >= span[0]; span = asides[nextAside]) {
      if (start < span[0]) push(span[0]);
      push(span[1], span[2]);
      nextAside++;
      if (match.index < span[1]) {
        boundary.lastIndex = span[1];
        inside = true;
        break;
      }
    }
    if (inside) continue;
    const end = match.index + match[0].length;
    if (match[1] === undefined && match[0] === '.') {
      if (endsWithAbbreviation(text.slice(start, match.index + 1))) continue;
    }
    push(end);
  }
  for (const span of asides.slice(nextAside)) {
    if (start < span[0]) push(span[0]);
    push(span[1], span[2]);
  }
  push(text.length);
  return sentences;
}

/** How far before the page a dateline's date may fall and still be the day it was filed. */
const FILED_DAYS_BEFORE = 3;
const DATELINE_DAY =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b(?:,\s*(\d{4}))?/;

/**
 * The day a report was filed, when its dateline gives one before the page's date
 * ("New Delhi, June 20" atop a page of 21 June): what it tells is counted from,
 * and undated news placed on or before, that day. Null when the dateline gives
 * no date, the page's own day, or one too far from it to be the filing.
 */
export function filingDay(
  text: string,
  knownPlace: string | null,
  published: string,
): string | null {
  const dateline = asideSpans(text.slice(0, 600), knownPlace).find(
    ([, , kind]) => kind === 'dateline',
  );
  const day = dateline ? DATELINE_DAY.exec(text.slice(dateline[0], dateline[1])) : null;
  if (!day) return null;
  const month = MONTH_NAMES_SHORT.indexOf(day[1]!) + 1;
  const page = fromIsoDay(published);
  let year = day[3] ? Number(day[3]) : page.getFullYear();
  if (!day[3] && isoDay(year, month, Number(day[2])) > published) year -= 1;
  const filed = isoDay(year, month, Number(day[2]));
  const earliest = toIsoDay(addDays(page, -FILED_DAYS_BEFORE));
  return filed < published && filed >= earliest ? filed : null;
}

const MONTH_NAMES_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const isoDay = (year: number, month: number, day: number) => `${year}-${pad2(month)}-${pad2(day)}`;
