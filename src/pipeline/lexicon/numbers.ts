/**
 * Counts written as words, as news writes them before a unit ("two years ago",
 * "a two-year term", "three days after"). Vague counts ("several", "a few") are
 * apart: a date reads them as about three, a duration as unknown (PXY).
 */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  half: 0.5,
};

export const VAGUE_COUNTS = new Set(['several', 'few', 'a few', 'many', 'some']);

/** A count as a number: 3 for "three", about 3 for "several"; NaN when it is none. */
export function countOf(word: string, vagueAs = 3): number {
  const lower = word.toLowerCase();
  if (VAGUE_COUNTS.has(lower)) return vagueAs;
  return NUMBER_WORDS[lower] ?? Number(lower);
}
