import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withEnglishLocaleOnly } from '../../../scripts/visEnglishOnly';

describe('withEnglishLocaleOnly', () => {
  it('cuts the table of locales in the vis-timeline release we ship down to English', () => {
    const path = createRequire(import.meta.url).resolve('vis-timeline/esnext');
    const code = readFileSync(path, 'utf8');
    const rewritten = withEnglishLocaleOnly(code);
    expect(rewritten).not.toBeNull();
    expect(rewritten).toContain('const locales = { en };');
    // Only the table changes: each locale's own definition stays (the bundler drops the unused).
    expect(rewritten!.length).toBeLessThan(code.length);
    expect(rewritten).toContain('const nn_NO = nb;');
  });

  it.each([
    ['const locales = {\n  en,\n  en_US,\n  de,\n};', 'const locales = { en };'],
    ['x(); const locales = { en, fr };\ny();', 'x(); const locales = { en };\ny();'],
  ])('rewrites %j', (code, expected) => {
    expect(withEnglishLocaleOnly(code)).toBe(expected);
  });

  it.each([
    ['no table at all', 'const other = { en, fr };'],
    ['a table worded differently', 'var locales = { en: en, fr: fr };'],
    ['a table without English first', 'const locales = { fr, en };'],
  ])('leaves code alone where it finds %s', (_, code) => {
    expect(withEnglishLocaleOnly(code)).toBeNull();
  });
});
