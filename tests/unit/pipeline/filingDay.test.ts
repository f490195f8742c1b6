/**
 * A dateline dated before the page says when the report was filed: the stages
 * count from that day and place undated news on or before it; the source keeps
 * the page's date. Sentences written here, at fixed dates.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/pipeline/knowledge/knowledgeSchema';
import { createPipeline } from '../../../src/pipeline/runPipeline';
import { filingDay } from '../../../src/pipeline/stages/splitSentences';
import { testArticle } from './article';

describe('the day a report was filed', () => {
  it.each([
    ['Dunmore, June 20\n\nThe council has voted again.', '2023-06-21', '2023-06-20'],
    ['DUNMORE, Jun. 19 (PTI) The council has voted again.', '2023-06-21', '2023-06-19'],
    ['Dunmore, December 31, 2022 (AP) - The council voted.', '2023-01-01', '2022-12-31'],
    // a new year's page filed on the last day of the old one
    ['Dunmore, Dec 31\n\nThe council voted.', '2023-01-02', '2022-12-31'],
  ])('%j on %s', (text, published, filed) => {
    expect(filingDay(text, null, published)).toBe(filed);
  });

  it.each([
    // the page's own day: nothing to move
    ['Dunmore, June 21\n\nThe council voted.', '2023-06-21'],
    // too far back to be the day of filing
    ['Dunmore, June 2\n\nThe council voted.', '2023-06-21'],
    // no date in the dateline
    ['DUNMORE: The council voted on June 20.', '2023-06-21'],
    // a date in the text, not in a dateline
    ['The council voted on June 20 in Dunmore.', '2023-06-21'],
  ])('none for %j', (text, published) => {
    expect(filingDay(text, null, published)).toBeNull();
  });

  it('places undated news on or before the filing day, and keeps the page’s date on the source', () => {
    const kb: KnowledgeBase = {
      actors: [
        {
          id: 'ostland',
          name: 'Ostland',
          shortName: 'Ostland',
          kind: 'country',
          aliases: ['Ostland'],
        },
      ],
      incidents: [],
      crises: [],
    };
    const text =
      'Dunmore, June 20\n\nOstland has once again blocked the proposal to list the group.';
    const [event] = createPipeline(kb).build([testArticle(text, '2023-06-21', 'a')]).events;
    expect(event?.date).toMatchObject({
      start: '2023-06-20',
      basis: 'publication',
      onOrBefore: true,
    });
    expect(event?.sources[0]?.published).toBe('2023-06-21');
  });
});
