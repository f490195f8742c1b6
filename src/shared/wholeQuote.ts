/**
 * An excerpt widened to whole quotations. The pipeline cuts excerpts at sentence
 * ends, and a quotation of several sentences is cut with it: the last piece
 * reads `…is strong," Toner said.`, a closing quote with no opening. Shown as it
 * is, the reader cannot tell what was said by whom. So an excerpt whose quotes
 * do not pair up is widened, within its paragraph, to the quote mark that opens
 * (or closes) it, and then to the end of that sentence. Only ever wider, and
 * always a verbatim slice of the article.
 */
import type { TextRange } from './renderWindows';

/** How far to look for the other quote mark: a quotation longer than this is left cut. */
const REACH = 600;

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);

/** Quotes opened and not closed (`open`), and closed without being opened (`close`). */
function unpaired(text: string): { open: number; close: number } {
  let open = 0;
  let close = 0;
  let straight = 0;
  for (const c of text) {
    if (c === '"') straight++;
    else if (OPENING.has(c)) open++;
    else if (CLOSING.has(c)) {
      if (open > 0) open--;
      else close++;
    }
  }
  // Straight quotes carry no direction: an odd count is one unpaired, and whether it
  // opens or closes is told by what stands beside it (a letter after: it opens).
  if (straight % 2 === 1) {
    const last = text.lastIndexOf('"');
    const after = text[last + 1] ?? '';
    if (/\p{L}|\p{N}/u.test(after) || (straight === 1 && text.indexOf('"') === 0)) open++;
    else close++;
  }
  return { open, close };
}

/** The start of the sentence `at` is in, no further back than the paragraph. */
function sentenceStart(text: string, at: number, limit: number): number {
  for (let i = at; i > limit; i--) {
    const c = text[i - 1]!;
    if (c === '\n') return i;
    if (/\s/.test(c) && /[.!?]["”’»]?$/.test(text.slice(Math.max(limit, i - 3), i - 1))) return i;
  }
  return limit;
}

/** The end of the sentence `at` is in (after its full stop and any closing quote), within the paragraph. */
function sentenceEnd(text: string, at: number, limit: number): number {
  const rest = text.slice(at, limit);
  const match = /[.!?]["”’»]?(?=\s|$)|\n/.exec(rest);
  if (!match) return limit;
  return at + match.index + (match[0] === '\n' ? 0 : match[0].length);
}

export function wholeQuote(text: string, offset: number, length: number): TextRange {
  let start = offset;
  let end = offset + length;
  const { open, close } = unpaired(text.slice(start, end));
  if (close > 0) {
    const paragraph = text.lastIndexOf('\n', start - 1) + 1;
    const limit = Math.max(paragraph, start - REACH);
    const before = text.slice(limit, start);
    const quote = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
    if (quote >= 0) start = sentenceStart(text, limit + quote, limit);
  }
  if (open > 0) {
    const newline = text.indexOf('\n', end);
    const paragraphEnd = newline < 0 ? text.length : newline;
    const limit = Math.min(paragraphEnd, end + REACH);
    const after = text.slice(end, limit);
    const candidates = [after.indexOf('"'), after.indexOf('”')].filter((i) => i >= 0);
    if (candidates.length > 0)
      end = sentenceEnd(text, end + Math.min(...candidates) + 1, paragraphEnd);
  }
  return { start, end };
}
