/**
 * Every id the pipeline makes keeps to the one id limit (shared/ids.ts), however
 * long the names in the text: a longer one would fail the schema, be dropped by the
 * link reader, and make a share page's file name too long. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/pipeline/knowledge/loadKnowledge';
import { createPipeline } from '../../../src/pipeline/runPipeline';
import { serialiseTimeline } from '../../../src/pipeline/stages/writeTimeline';
import { ID_PATTERN } from '../../../src/shared/ids';
import { testArticle } from './article';

const pipeline = createPipeline(loadKnowledge('seeds'));
const LONG = `B${'x'.repeat(300)}`;

describe('ids made from long names', () => {
  it.each([
    ['a person found by name', `"We will act," said Trade Minister Jonas ${LONG} on Monday.`],
    [
      'two people whose names differ only past the limit',
      `"We will act," said Trade Minister Jonas ${LONG}a on Monday. "We will not," said Interior Minister Jonas ${LONG}b on Tuesday.`,
    ],
  ])('%s: every id fits, and the file is written', (_, text) => {
    const file = pipeline.build([testArticle(text, '2019-03-20')]);
    expect(file.events.length).toBeGreaterThan(0);
    for (const { id } of [...file.events, ...file.actors]) expect(id).toMatch(ID_PATTERN);
    expect(() => serialiseTimeline(file)).not.toThrow();
  });
});
