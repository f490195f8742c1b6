/**
 * vis-timeline's `xss` import is aliased to plain escaping (vite.config.ts): whatever
 * vis sets as innerHTML through it must come back as the same text, and run nothing.
 */
import { describe, expect, it } from 'vitest';
import xss, { FilterXSS } from '../../src/features/timeline/xssAsText';

/** What vis does with the result. */
function shownAs(html: string): { text: string; elements: number } {
  const element = document.createElement('div');
  element.innerHTML = html;
  return { text: element.textContent ?? '', elements: element.querySelectorAll('*').length };
}

describe('xssAsText, in place of the xss package', () => {
  // vis builds it as `new xssFilter.FilterXSS(options)`, then calls process().
  const filter = new xss.FilterXSS({ whiteList: { b: [] } });

  it.each([
    ['plain words', '2019: 4,997 events. Click to zoom in.'],
    ['a tag the real library would keep', '<b>bold</b>'],
    ['a script', '<script>window.__pwned = 1</script>'],
    ['an event handler', '<img src=x onerror="window.__pwned = 2">'],
    ['quotes and ampersands', `Tom & Jerry's "quote" &amp;`],
    ['an unclosed tag', '<i'],
  ])('shows %s as the very same text, with no element made', (_, text) => {
    expect(shownAs(filter.process(text))).toEqual({ text, elements: 0 });
  });

  it('turns what is not a string into text, and nothing into the empty string', () => {
    expect(filter.process(2019)).toBe('2019');
    expect(filter.process(null)).toBe('');
    expect(filter.process(undefined)).toBe('');
    expect(filter.process('')).toBe('');
  });

  it('is the same class whether imported by name or from the default export', () => {
    expect(xss.FilterXSS).toBe(FilterXSS);
  });
});
