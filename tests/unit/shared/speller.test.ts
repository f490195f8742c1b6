import { describe, expect, it } from 'vitest';
import { createSpeller } from '../../../src/shared/speller';

const WORDS: [string, number][] = [
  ['pompeo', 3],
  ["pompeo's", 1],
  ['harbouring', 2],
  ['pakistan', 20],
  ['pakistani', 4],
  ['war', 5],
  ['jaish-e-mohammed', 2],
];
const speller = createSpeller((visit) => WORDS.forEach(([word, n]) => visit(word, n)));

describe('speller', () => {
  it.each([
    ['a wrong letter', 'pompio', 'pompeo'],
    ['an American spelling of a British word', 'harboring', 'harbouring'],
    ['a letter left out', 'pakstan', 'pakistan'],
    ['a piece of a hyphenated name', 'mohamed', 'mohammed'],
    ['two edits in a long word', 'harbring', 'harbouring'],
    ['nothing near enough', 'kargil', null],
    ['a short term, which is not guessed at', 'wor', null],
    ['a word the events hold', 'pakistan', null],
  ])('%s: %s → %s', (_label, term, expected) => {
    expect(speller.correct(term)).toBe(expected);
  });

  it('prefers the fewest edits, then the word in most events', () => {
    const tie = createSpeller((visit) => {
      visit('tillerson', 1);
      visit('tellerson', 5);
    });
    expect(tie.correct('tilerson')).toBe('tillerson');
    expect(tie.correct('tollerson')).toBe('tellerson');
  });
});
