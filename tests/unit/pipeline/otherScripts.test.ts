/**
 * A report may quote or go on in another script (Urdu, Hindi, Chinese): a sentence
 * there is a sentence of its own, and never part of an English statement's excerpt
 * or title. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/pipeline/knowledge/loadKnowledge';
import { createPipeline } from '../../../src/pipeline/runPipeline';
import { splitSentences } from '../../../src/pipeline/stages/splitSentences';
import { testArticle } from './article';

const pipeline = createPipeline(loadKnowledge('seeds'));
const STATEMENT =
  'Secretary of State Mike Pompeo on Friday said Pakistan must act against militant groups.';

describe('a sentence in another script after a statement', () => {
  it.each([
    ['Urdu', 'پاکستان نے کہا کہ وہ کارروائی کرے گا۔'],
    ['Hindi', 'भारत ने इसका स्वागत किया।'],
    ['Chinese', '中国呼吁双方保持克制。'],
    ['Russian', 'Москва призвала к сдержанности.'],
    ['Greek', 'Η Αθήνα κάλεσε σε αυτοσυγκράτηση.'],
  ])('in %s is a sentence of its own, kept out of the title and excerpt', (_, other) => {
    const text = `${STATEMENT} ${other}`;
    expect(splitSentences('t', text).map((s) => s.text)).toEqual([STATEMENT, other]);
    const [event] = pipeline.build([testArticle(text, '2019-03-16')]).events;
    expect(event).toBeDefined();
    expect(event!.title).not.toMatch(/[^\p{Script=Latin}\p{P}\p{S}\p{N}\s]/u);
    expect(event!.sources.map((s) => s.excerpt)).toEqual([STATEMENT]);
  });

  it.each([
    ['a danda', 'भारत ने स्वागत किया। पाकिस्तान ने इनकार किया।', 2],
    ['an Urdu full stop', 'پہلا جملہ۔ دوسرا جملہ۔', 2],
    ['a Chinese full stop, with no space after it', '第一句。第二句。', 2],
  ])('ends a sentence at %s', (_, text, count) => {
    expect(splitSentences('t', text)).toHaveLength(count);
  });

  it('reads a run of 40,000 dandas in one pass, ending the sentence after it', () => {
    const sentences = splitSentences('t', `a${'।'.repeat(40_000)} b`);
    expect(sentences.at(-1)?.text).toBe('b');
  });

  it.each([0, 1])(
    'cuts a sentence too long for an excerpt between characters (%i letters before the emoji)',
    (letters) => {
      const text = `Pompeo said Pakistan must act ${'x'.repeat(letters)}${'\u{1F600}'.repeat(600)}`;
      const sentences = splitSentences('t', text);
      expect(sentences.length).toBeGreaterThan(1);
      for (const { text: part, offset } of sentences) {
        expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
        expect(text.slice(offset, offset + part.length)).toBe(part);
      }
    },
  );
});
