/**
 * Every stage is linear in its input. Each runs on 10k and 100k characters of the
 * worst shapes found (runs of punctuation, initials, dates, names, reported speech)
 * and must grow by well under the square: ten times the text may take about ten
 * times the work, never a hundred. The work is counted, not timed, so a slow or busy
 * machine cannot fail it: every character a regex scans (the stages are made of
 * regex and substring scans) and every call, through RegExp.prototype.exec, which
 * test, match, replace, split and matchAll all go through once it is wrapped, and
 * String.prototype.indexOf and includes. A regex that backtracks catastrophically
 * never returns, and the test's time limit catches that.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/pipeline/knowledge/knowledgeSchema';
import { createPipeline } from '../../../src/pipeline/runPipeline';
import { findDates } from '../../../src/pipeline/stages/findDates';
import { createLinker } from '../../../src/pipeline/stages/linkMentions';
import { createHappeningFinder } from '../../../src/pipeline/stages/findHappenings';
import { splitSentences } from '../../../src/pipeline/stages/splitSentences';
import { testArticle } from './article';

// A name that is a catastrophic regex if it ever reaches one unescaped.
const EVIL = 'Evil (a+)+$';
const kb: KnowledgeBase = {
  actors: [
    {
      id: 'ostland',
      name: 'Ostland',
      shortName: 'Ostland',
      kind: 'country',
      aliases: ['Ostland'],
      adjectives: ['Ostlandic'],
    },
    {
      id: 'evil',
      name: EVIL,
      shortName: 'Evil',
      kind: 'person',
      country: 'ostland',
      aliases: [EVIL],
    },
    {
      id: 'half-open',
      name: 'Evil (',
      shortName: 'Evil',
      kind: 'person',
      country: 'ostland',
      aliases: ['Evil ('],
    },
    {
      id: 'ana-berg',
      name: 'Ana Berg',
      shortName: 'Berg',
      kind: 'person',
      country: 'ostland',
      aliases: ['Ana Berg'],
    },
  ],
  incidents: [],
  crises: [],
};

const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const SHAPES: Record<string, string> = {
  'a run of dots': '.',
  'a run of ?!': '?!',
  'initials and dots': 'A. ',
  abbreviations: 'U.S. Sept. ',
  'date after date': 'on March 3, ',
  years: '2019 and 2020, ',
  'times of day': 'Friday evening at 10 p.m. ',
  'two days later': 'two days later, ',
  'reported speech': 'Ana Berg said on Monday that ',
  // Unescaped, the surname "(a+)+$" backtracks exponentially on a run of a's.
  'the hostile name': `${EVIL} said ${'a'.repeat(40)}! `,
  'a half-open name': 'Evil ( said ',
  'quotes and brackets': '"(“‘',
  'one long word': 'x',
  sentences: 'Ana Berg on Monday urged Ostland to act. ',
};

/** Characters scanned by `run`, plus one per call: see the top of the file. */
function workOf(run: () => void): number {
  const { exec } = RegExp.prototype;
  const { indexOf, includes } = String.prototype;
  let work = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = exec.call(this, input);
    work += 1 + (match ? match.index + match[0].length : String(input).length) - from;
    return match;
  };
  const scan = (text: string, found: number, needle: string, from = 0) =>
    1 + (found >= 0 ? found + needle.length : text.length) - Math.max(0, from);
  String.prototype.indexOf = function (this: string, needle: string, from?: number) {
    const found = indexOf.call(this, needle, from);
    work += scan(this, found, needle, from);
    return found;
  };
  String.prototype.includes = function (this: string, needle: string, from?: number) {
    const found = indexOf.call(this, needle, from);
    work += scan(this, found, needle, from);
    return found >= 0;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
    String.prototype.indexOf = indexOf;
    String.prototype.includes = includes;
  }
  return work;
}

const pipeline = createPipeline(kb);
const linker = createLinker(kb);
const findHappenings = createHappeningFinder(kb);

const STAGES: Record<string, (text: string) => unknown> = {
  'splitting sentences': (text) => splitSentences('t', text),
  'finding dates': (text) => findDates(splitSentences('t', text), '2019-03-16'),
  'linking mentions': (text) => {
    const sentences = splitSentences('t', text);
    return linker.link(
      testArticle(text, '2019-03-16'),
      sentences,
      findDates(sentences, '2019-03-16'),
    );
  },
  'finding happenings': (text) => {
    const article = testArticle(text, '2019-03-16');
    const sentences = splitSentences('t', text);
    const linked = linker.link(article, sentences, findDates(sentences, '2019-03-16'));
    return findHappenings(article, linked);
  },
  'the whole analysis and assembly': (text) =>
    pipeline.assemble([pipeline.analyse(testArticle(text, '2019-03-16'))]),
};

describe('every stage is linear in its input', () => {
  for (const [stage, run] of Object.entries(STAGES)) {
    it.each(Object.entries(SHAPES))(`${stage}: %s`, (_shape, unit) => {
      const small = repeat(unit, 10_000);
      const large = repeat(unit, 100_000);
      run(small); // fill the caches, as in a real run
      const ratio = workOf(() => run(large)) / workOf(() => run(small));
      // Linear is 10; quadratic would be 100.
      expect(ratio).toBeLessThan(15);
    });
  }
});
