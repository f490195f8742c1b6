/**
 * Stage 1c: split an article into sentences with offsets into the verbatim text.
 * `text.slice(offset, offset + sentence.text.length) === sentence.text` always holds;
 * surrounding white space is left out of the sentence but never altered.
 */
import type { Sentence } from '../types';

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

/** Longest excerpt a sentence may make, in characters. */
export const MAX_SENTENCE = 1000;

export function splitSentences(articleId: string, text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;

  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    let offset = start + lead;
    let rest = raw.trim();
    // A text without full stops must not become one giant excerpt: cut at a space.
    while (rest.length > MAX_SENTENCE) {
      const space = rest.lastIndexOf(' ', MAX_SENTENCE);
      const cut = space > MAX_SENTENCE / 2 ? space : MAX_SENTENCE;
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
  // by white space and something that can open a sentence.
  const boundary = /(\r\n|\r|\n)+|[.!?]+["'”’)]*(?=\s+["'“‘(]?[A-Z0-9])/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (match[1] === undefined && match[0].startsWith('.') && match[0].length === 1) {
      if (endsWithAbbreviation(text.slice(start, match.index + 1))) continue;
    }
    push(end);
  }
  push(text.length);
  return sentences;
}
