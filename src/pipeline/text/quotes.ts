/** Quotation marks: where reported words stand in a sentence. */

/** Where the quotation holding `index` opens, or -1 when `index` is not inside one. */
export function quoteOpening(text: string, index: number): number {
  // A quote mark opens when nothing but space or a bracket stands before it; a quotation
  // opened in an earlier sentence ("… as possible. He understands …," Leavitt said) shows
  // only its closing mark here, so counting marks would get it backwards.
  let opening = -1;
  for (const mark of text.slice(0, index).matchAll(/["“”]/g)) {
    const prev = text[mark.index - 1] ?? ' ';
    const opens = mark[0] === '“' || (mark[0] === '"' && /[\s([{—–-]/.test(prev));
    opening = opens ? mark.index : -1;
  }
  return opening;
}

/**
 * Whether `index` stands inside quoted words: "“We never said that,” he added" has
 * one verb of saying that attributes, and one that is part of what was said.
 */
export const isInsideQuotes = (text: string, index: number): boolean =>
  quoteOpening(text, index) >= 0;

/**
 * Whether `index` stands inside words someone said, not a name in scare quotes:
 * a quotation of more than three words ("agreed to “start talks on a broad set
 * of issues”" is said; carried out “surgical strikes” is the narrator's name).
 */
export function isInsideReportedWords(text: string, index: number): boolean {
  const opening = quoteOpening(text, index);
  if (opening < 0) return false;
  const closing = text.slice(index).search(/[”"]/);
  const quoted = text.slice(opening + 1, closing < 0 ? text.length : index + closing);
  return quoted.trim().split(/\s+/).length > 3;
}
