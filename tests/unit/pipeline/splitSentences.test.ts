import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/pipeline/stages/splitSentences';

describe('splitSentences', () => {
  it.each([
    [
      'abbreviations do not end sentences',
      'U.S. Secretary of State Rex Tillerson spoke. He left.',
      ['U.S. Secretary of State Rex Tillerson spoke.', 'He left.'],
    ],
    [
      'a dateline with D.C.',
      'Washington D.C. officials met. Talks went on.',
      ['Washington D.C. officials met.', 'Talks went on.'],
    ],
    [
      'month abbreviations',
      'It began after the Sept. 11 attacks. Then more.',
      ['It began after the Sept. 11 attacks.', 'Then more.'],
    ],
    [
      'initials',
      'External Affairs Minister S. Jaishankar spoke. Rubio replied.',
      ['External Affairs Minister S. Jaishankar spoke.', 'Rubio replied.'],
    ],
    [
      'closing quotes stay with their sentence',
      '"We welcome those steps." The official left.',
      ['"We welcome those steps."', 'The official left.'],
    ],
    [
      'curly quotes',
      '“We welcome those steps,” the official said. Then?',
      ['“We welcome those steps,” the official said.', 'Then?'],
    ],
    [
      'line breaks always split',
      'Headline without a stop\n\nFirst sentence.',
      ['Headline without a stop', 'First sentence.'],
    ],
    [
      'an ellipsis inside a quote',
      'And if they don t ... then we ll adjust. Next.',
      ['And if they don t ... then we ll adjust.', 'Next.'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(splitSentences('a', text).map((s) => s.text)).toEqual(expected);
  });

  it('offsets slice back to each sentence, with CRLF endings too', () => {
    const text = 'First one.\r\nSecond one here.  Third?\rFourth.';
    for (const s of splitSentences('a', text))
      expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
    expect(splitSentences('a', text).map((s) => s.text)).toEqual([
      'First one.',
      'Second one here.',
      'Third?',
      'Fourth.',
    ]);
  });
});
