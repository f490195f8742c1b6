/**
 * vis-timeline with its English labels only. Every item vis creates copies its
 * whole table of locales, 40 of them, one object each, although the app only
 * ever shows English (and vis falls back to "en" for a locale it lacks). A
 * search at 1,000 events creates about 200 items: 8,000 copies of labels
 * nobody reads, a few milliseconds of the keystroke.
 *
 * A build-time rewrite of vis's own table, not a patch at run time: the table
 * is private to vis's module. Should a vis release word it differently, the
 * build says so and vis keeps all its locales: only the speed-up is lost.
 */
import type { Plugin } from 'vite';

const VIS_MODULE = /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.m?js$/;
/** `const locales = { en, en_EN, en_US, it, … };` as vis 8 writes it. */
const LOCALE_TABLE = /const locales = \{\s*en,[\w\s,]*\};/;

/** `code` with vis's locale table cut down to English, or null where the table is not found. */
export function withEnglishLocaleOnly(code: string): string | null {
  if (!LOCALE_TABLE.test(code)) return null;
  return code.replace(LOCALE_TABLE, 'const locales = { en };');
}

export function visEnglishOnly(): Plugin {
  return {
    name: 'vis-english-only',
    apply: 'build',
    transform(code, id) {
      if (!VIS_MODULE.test(id)) return null;
      const rewritten = withEnglishLocaleOnly(code);
      if (rewritten === null) {
        this.warn('vis-timeline: locale table not found; every item will copy all 40 locales');
        return null;
      }
      return { code: rewritten, map: null };
    },
  };
}
