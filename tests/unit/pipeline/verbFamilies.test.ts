/**
 * Vocabulary as data (issue 28, class 2): every example of every verb family
 * finds a verb of its kind; light verbs lend their noun's kind.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_VERBS, VERB_OBJECT_ROWS } from '../../../src/pipeline/lexicon/verbs';
import { verbsIn } from '../../../src/pipeline/happenings/verbs';

describe('action verb families', () => {
  const rows = ACTION_VERBS.flatMap((row) => row.examples.map((e) => [row.kind, e] as const));
  it.each(rows)('%s: “%s”', (kind, example) => {
    expect(verbsIn(example).map((v) => v.kind)).toContain(kind);
  });
});

describe('verbs that tell a deed with their object', () => {
  const rows = VERB_OBJECT_ROWS.flatMap((row) => row.examples.map((e) => [row.kind, e] as const));
  it.each(rows)('%s: “%s”', (kind, example) => {
    expect(verbsIn(example).map((v) => v.kind)).toContain(kind);
  });

  it.each([
    ['Ostland denied the claims on Monday.', 'speech'],
    ['Veloria ruled out talks.', 'speech'],
    ['The minister rejected the request of the opposition party for a debate.', 'speech'],
  ])('“%s” stays a saying', (sentence, kind) => {
    expect(verbsIn(sentence).map((v) => v.kind)).toEqual([kind]);
  });

  it('reads “stop” as a deed only with its object: “stop harbouring terrorists” is none', () => {
    expect(verbsIn('Ostland must stop harbouring terrorists.')).toEqual([]);
  });
});

describe('light verbs', () => {
  it.each([
    [
      'Ana Berg held a telephone conversation with Karl Moss.',
      'meeting',
      'held a telephone conversation',
    ],
    [
      'He had a long, frank conversation with his counterpart.',
      'meeting',
      'had a long, frank conversation',
    ],
    ['The envoy paid a visit to the border post.', 'meeting', 'paid a visit'],
    ['The ministry issued a statement late at night.', 'speech', 'issued a statement'],
    ['The air force carried out strikes on two camps.', 'strike', 'carried out strikes'],
    // Headline and timeline style, where the tagger takes the verb for a noun.
    ['2017: The three nations move a similar proposal again.', 'policy', 'move a similar proposal'],
    ['Ostland moves a proposal to list the group.', 'policy', 'moves a proposal'],
  ])('“%s” is a %s', (sentence, kind, words) => {
    expect(verbsIn(sentence)).toContainEqual(expect.objectContaining({ kind, verb: words }));
  });

  it.each([
    'Ostland has the right to defend itself.',
    'The talks held the key to a settlement.',
    'She made clear that the talks were over.',
    'The troop move a day later surprised everyone.',
  ])('finds no happening in “%s”', (sentence) => {
    expect(verbsIn(sentence).filter((v) => v.lemma.includes(' '))).toEqual([]);
  });
});

describe('states entered, told with a light verb', () => {
  it.each([
    ['The cleric was taken into custody on Wednesday.', 'arrest'],
    ['He was placed under house arrest in January.', 'arrest'],
    ['Three of its air bases came under attack on Saturday.', 'attack'],
    ['The ministry lodged a protest with the envoy.', 'speech'],
  ])('“%s” is a %s', (sentence, kind) => {
    expect(verbsIn(sentence).map((v) => v.kind)).toContain(kind);
  });

  it.each(['The talks come under the new plan.', 'She took the train to the capital.'])(
    'finds no happening in “%s”',
    (sentence) => {
      expect(verbsIn(sentence)).toEqual([]);
    },
  );
});
