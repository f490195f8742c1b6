/**
 * A news pattern's cues let findNewsExpressions skip sentences without running its
 * regex. A cue missing from some match would lose that date without a sound, so
 * every match in these sentences and in the seed articles must contain a cue.
 */
import { describe, expect, it } from 'vitest';
import { NEWS_PATTERNS } from '../../../src/pipeline/dates/newsExpressions';
import { readCorpus } from '../../../src/pipeline/corpus/readCorpus';

const SENTENCES = [
  'Wells, speaking on Monday, said the talks would resume next Thursday.',
  'THE SECRETARY SAID ON SUNDAY that aid was suspended.',
  'The envoy arrived earlier this week and leaves next week.',
  'The strategy announced last month builds on one from late last year.',
  'Talks are planned for early next month, and a summit for mid-this year.',
  'Relations soured in early 2018 and again in late February 2019.',
  'Ties have been strained since the 1990s and through the 2000s.',
  'Earlier in the day the spokesperson said the same day was chosen; later that day he left.',
  'Two days after the attack the State Department said it stood with India.',
  'A day after Pakistan announced the arrests, Wells told reporters the steps were welcome.',
  "The tweet of New Year's Day was followed by talks after Christmas and on Christmas Eve.",
  'Sales rose in January this year after a slump two years ago, and third-quarter profit fell.',
  'The company beat forecasts for the quarter, as it had in the second quarter of 2018.',
  'Protests grew last summer and again over the weekend; talks resume this fall.',
  'The winter of 2019 was tense, and envoys met ahead of the weekend.',
  'The treaty of nineteen ninety-six held until the year two thousand.',
];

const seedSentences = readCorpus('seeds').articles.flatMap((a) => a.text.split(/(?<=[.!?])\s+/));

function matchesOf(regex: RegExp, text: string): string[] {
  return [...text.matchAll(new RegExp(regex.source, regex.flags))].map((m) => m[0]);
}

describe('news pattern cues', () => {
  const withCues = NEWS_PATTERNS.filter((p) => p.cues);

  it.each(withCues.map((p) => [p.name, p] as const))('%s: every match holds a cue', (_, p) => {
    const matches = [...SENTENCES, ...seedSentences].flatMap((s) => matchesOf(p.regex, s));
    // The table must exercise the pattern, or this test proves nothing about it.
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches)
      expect(
        p.cues!.some((cue) => match.toLowerCase().includes(cue)),
        `“${match}” holds none of ${p.cues!.join(', ')}`,
      ).toBe(true);
  });
});
