/**
 * An article's text, exactly as received. Offsets point into it, so nothing is
 * normalised; what cannot be trusted as text stops the run, what is merely odd
 * is reported as a warning.
 */
import { PipelineError } from '../errors';
import { readInputFile } from './inputFile';

// ignoreBOM keeps a byte-order mark as U+FEFF, so offsets count every character of the file.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (length === 0) return i;
    try {
      STRICT_UTF8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length - 1;
  }
  return -1;
}

/** `within`: the corpus folder, outside which no article is read (links resolved). */
export function readArticleText(path: string, warnings: string[], within?: string): string {
  const bytes = readInputFile(path, { within });
  const zero = bytes.indexOf(0);
  if (zero >= 0) {
    throw new PipelineError(
      path,
      `looks like a binary file (a zero byte at byte ${zero}), not text. Save the article as plain UTF-8 text.`,
    );
  }
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new PipelineError(
      path,
      `is not UTF-8 text (byte 0x${hex} at byte ${at} cannot be read). Save it as UTF-8 and run again.`,
    );
  }
  // A name in the knowledge base is matched as written (NFC); the same letters
  // decomposed ("a" + combining accent) would not match, and a statement would be lost.
  const composed = text.normalize('NFC');
  if (composed !== text) {
    warnings.push(
      `${path}: its accented letters were decomposed (Unicode NFD); they are read composed (NFC), the same text.`,
    );
    text = composed;
  }
  if (text.startsWith('\uFEFF')) {
    warnings.push(
      `${path}: starts with a byte-order mark; it is kept as the first character, so offsets count it.`,
    );
  }
  if (text.length === 0) warnings.push(`${path}: the file is empty; it adds no events.`);
  else if (text.trim().length === 0 || text === '\uFEFF')
    warnings.push(`${path}: holds only white space; it adds no events.`);
  if (/<\s*(script|img|iframe|a\s|svg|object|style)\b|\bon\w+\s*=|javascript:/i.test(text)) {
    warnings.push(
      `${path}: contains HTML-like markup; it is kept, and the app shows it as plain text.`,
    );
  }
  return text;
}
