import { describe, expect, it } from 'vitest';
import { createWordIndex } from '../../../src/shared/wordIndex';
import { entriesContaining, entryOf, joinChunk } from '../../../src/shared/textChunks';

describe('word index', () => {
  const TEXTS = [
    'pulwama attack pulwama attack',
    "pakistan's army, pakistan",
    '  leading and trailing space\n',
    'tillerson\turged\npakistan',
  ];
  const index = createWordIndex();
  TEXTS.forEach((text, position) => index.add(position, text));

  it.each([
    ['a word twice in one event: one position', 'pulwama', [0]],
    ['a word in several events', 'pakistan', [1, 3]],
    ['part of a word, with its punctuation', "n's", [1]],
    ['punctuation alone', ',', [1]],
    ['a word between tabs and newlines', 'urged', [3]],
    ['a word after leading whitespace', 'leading', [2]],
    ['a short term in many words of many events', 'a', [0, 1, 2, 3]],
    ['nothing', 'kargil', []],
    ['whitespace, which no word holds', ' ', []],
    ['two words', 'attack pulwama', []],
  ])('%s', (_label, term, positions) => {
    expect(index.positionsContaining(term)).toEqual(positions);
  });

  it('finds words added after a search', () => {
    const growing = createWordIndex();
    growing.add(0, 'pulwama');
    expect(growing.positionsContaining('pul')).toEqual([0]);
    growing.add(1, 'pulwama again');
    growing.add(2, 'balakot');
    expect(growing.positionsContaining('pul')).toEqual([0, 1]);
    expect(growing.positionsContaining('balakot')).toEqual([2]);
  });

  it('hands out a copy, so a caller cannot change what it finds next time', () => {
    const found = index.positionsContaining('tillerson');
    found.push(99);
    expect(index.positionsContaining('tillerson')).toEqual([3]);
  });
});

describe('text chunks', () => {
  const chunk = joinChunk(['alpha beta', 'gamma', '', 'beta beta'], 10);

  it.each([
    ['every entry holding the term, numbered from the chunk’s first', 'beta', 0, [10, 13]],
    ['from a later entry on', 'beta', 1, [13]],
    ['from past the last entry', 'beta', 4, []],
    ['an empty term: every entry', '', 0, [10, 11, 12, 13]],
  ])('%s', (_label, term, from, numbers) => {
    expect(entriesContaining(chunk, term, from)).toEqual(numbers);
  });

  it('gives back each entry as it was joined', () => {
    expect([0, 1, 2, 3].map((i) => entryOf(chunk, i))).toEqual([
      'alpha beta',
      'gamma',
      '',
      'beta beta',
    ]);
  });
});
