/** Stage 5: one event per happening, however many times and places it is told. */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/pipeline/knowledge/loadKnowledge';
import { createPipeline } from '../../../src/pipeline/runPipeline';
import { testArticle } from './article';

const pipeline = createPipeline(loadKnowledge('seeds'));
const article = (id: string, published: string, text: string) => testArticle(text, published, id);

describe('assembleEvents', () => {
  it('merges what one speaker says on one day into one event, with every excerpt', () => {
    const { events } = pipeline.build([
      article(
        'a',
        '2019-03-16',
        'Mike Pompeo told Fox News on Friday that Pakistan must act. "They need to stop harbouring terrorists," he said.',
      ),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      id: '2019-03-15-mike-pompeo-on-pakistan',
      title: 'Pompeo: Pakistan must act',
    });
    expect(events[0]!.sources).toHaveLength(2);
  });

  it('merges the same statement reported by two articles', () => {
    const { events } = pipeline.build([
      article('a', '2019-03-16', 'Mike Pompeo said on March 15 that Pakistan must act.'),
      article(
        'b',
        '2019-03-17',
        'Mike Pompeo said on March 15 that Pakistan had to stop harbouring terrorists.',
      ),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.sources.map((s) => s.article)).toEqual(['a', 'b']);
  });

  it('keeps statements of different days apart', () => {
    const { events } = pipeline.build([
      article(
        'a',
        '2019-03-16',
        'Mike Pompeo said on March 12 that Pakistan must act. Pompeo said on March 15 that talks could resume.',
      ),
    ]);
    expect(events.map((e) => e.date.start)).toEqual(['2019-03-12', '2019-03-15']);
  });

  it('joins a statement made at a known incident to that incident', () => {
    const { events } = pipeline.build([
      article(
        'a',
        '2017-10-27',
        'On Monday, during a visit to Kabul, Tillerson urged Pakistan to act against safe havens.',
      ),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      id: '2017-10-23-tillerson-bagram',
      date: { start: '2017-10-23', basis: 'relative' },
      place: 'Bagram, Afghanistan (reported as Kabul)',
    });
  });

  it('flags the publication date when the text gives none', () => {
    const { events } = pipeline.build([
      article(
        'a',
        '2025-05-09',
        'The US President Donald Trump has offered to mediate between India and Pakistan.',
      ),
    ]);
    expect(events[0]!.date).toMatchObject({ start: '2025-05-09', basis: 'publication' });
    expect(events[0]!.crisis).toBe('2025-pahalgam-sindoor');
  });

  it('marks a happening the text says is still going on', () => {
    const { events } = pipeline.build([
      article('a', '2020-11-20', 'Since March 2019, Ostland has barred all arms sales to Veloria.'),
    ]);
    expect(events[0]!.date).toMatchObject({ start: '2019-03', precision: 'month', ongoing: true });
  });

  it('keeps a country’s undated words on or before the report, and drops a summing-up', () => {
    const [event] = pipeline.build([
      article('a', '2025-05-09', 'The US has strongly condemned the attack.'),
    ]).events;
    expect(event!.date).toMatchObject({
      start: '2025-05-09',
      basis: 'publication',
      onOrBefore: true,
    });
    expect(
      pipeline.build([article('a', '2025-05-09', 'The US has long condemned such attacks.')])
        .events,
    ).toEqual([]);
  });
});
