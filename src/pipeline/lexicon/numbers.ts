/**
 * Counts written as words, as news writes them before a unit ("two years ago",
 * "a two-year term", "three days after", "twenty-four hours"). Vague counts
 * ("several", "a few") are apart: a date reads them as about three, a duration
 * as unknown (PXY).
 */
const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  ...UNITS,
  ...TEENS,
  ...TENS,
  hundred: 100,
  'a hundred': 100,
  'a couple of': 2,
  'a couple': 2,
  half: 0.5,
};

/** Alternations for regexes: "one|two|...", "ten|eleven|...", "twenty|thirty|...". */
export const UNIT_WORDS = Object.keys(UNITS).join('|');
export const TEEN_WORDS = Object.keys(TEENS).join('|');
export const TENS_WORDS = Object.keys(TENS).join('|');

/** "twenty-four", "thirty five": a tens word and a units word. */
export const COMPOUND_NUMBER = `(?:${TENS_WORDS})[-\\s](?:${UNIT_WORDS})`;

export const VAGUE_COUNTS = new Set(['several', 'few', 'a few', 'many', 'some']);

/** A count as a number: 3 for "three", about 3 for "several"; NaN when it is none. */
export function countOf(word: string, vagueAs = 3): number {
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  if (VAGUE_COUNTS.has(lower)) return vagueAs;
  const compound = /^(\w+)[- ](\w+)$/.exec(lower);
  if (compound && TENS[compound[1]!] && UNITS[compound[2]!])
    return TENS[compound[1]!]! + UNITS[compound[2]!]!;
  return NUMBER_WORDS[lower] ?? Number(lower);
}
