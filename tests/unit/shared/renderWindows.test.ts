import { describe, expect, it } from 'vitest';
import { TEXT_WINDOW, widen, windowAround } from '../../../src/shared/renderWindows';

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("the reader's window over a text with no spaces to cut at", () => {
  it('never cuts an emoji in half', () => {
    // One letter before the excerpt and one after put both edges of the window
    // 20,000 units away at odd places in the emoji: between the halves of one.
    const emoji = (n: number) => '\u{1F600}'.repeat(n);
    const text = `${emoji(15_000)}x${emoji(5_000)}saidz${emoji(15_000)}`;
    const offset = text.indexOf('said');
    const first = windowAround(text, offset, 4);
    expect(text.slice(first.start, first.end)).not.toMatch(LONE);
    const wider = widen(text, widen(text, first, 'before'), 'after');
    expect(text.slice(wider.start, wider.end)).not.toMatch(LONE);
  });

  it('still cuts at a space when there is one near', () => {
    const text = `${'word '.repeat(3 * TEXT_WINDOW)}`;
    const { start, end } = windowAround(text, 7 * TEXT_WINDOW, 4);
    expect(text[start]).toBe(' ');
    expect(text[end]).toBe(' ');
  });
});
