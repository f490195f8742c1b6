import { describe, expect, it } from 'vitest';
import { wholeQuote } from '../../../src/shared/wholeQuote';

/** The excerpt `piece` of `text`, widened: the text it comes to. */
const widened = (text: string, piece: string) => {
  const offset = text.indexOf(piece);
  const { start, end } = wholeQuote(text, offset, piece.length);
  return text.slice(start, end);
};

describe('wholeQuote', () => {
  const quoted =
    'The talks went on. "We will keep working. Our ties are close," the envoy said. Later, more.';

  it.each([
    [
      'a closing quote with no opening widens back to it',
      quoted,
      'Our ties are close," the envoy said.',
      '"We will keep working. Our ties are close," the envoy said.',
    ],
    [
      'an opening quote with no closing widens on to it',
      quoted,
      '"We will keep working.',
      '"We will keep working. Our ties are close," the envoy said.',
    ],
    [
      'curly quotes, closing',
      'He spoke. “First part. Second part,” she said. Next.',
      'Second part,” she said.',
      '“First part. Second part,” she said.',
    ],
    [
      'an excerpt whose quotes pair up is left as it is',
      'He said: "Act now." Then left.',
      'He said: "Act now."',
      'He said: "Act now."',
    ],
    ['no quotes: as it is', 'One sentence. Another one.', 'Another one.', 'Another one.'],
    [
      'never across a paragraph',
      'Start of a quote "here.\nAnd it ends," he said.',
      'And it ends," he said.',
      'And it ends," he said.',
    ],
    [
      'a quotation beginning a paragraph',
      'Earlier text.\n"One thing. Another," the official said.',
      'Another," the official said.',
      '"One thing. Another," the official said.',
    ],
  ])('%s', (_label, text, piece, expected) => {
    expect(widened(text, piece)).toBe(expected);
  });

  it('never narrows, and stays inside the text', () => {
    const text = '"Unclosed at the start of everything';
    expect(wholeQuote(text, 0, text.length)).toEqual({ start: 0, end: text.length });
  });
});
