/**
 * Page furniture (issue 28, class 6): every example of lexicon/furniture.ts is
 * taken, prose that looks like it is not, and what is taken dates nothing.
 */
import { describe, expect, it } from 'vitest';
import { FURNITURE, furnitureLength } from '../../../src/pipeline/lexicon/furniture';
import { splitSentences } from '../../../src/pipeline/stages/splitSentences';
import { findDates } from '../../../src/pipeline/stages/findDates';

describe('furniture patterns', () => {
  const examples = FURNITURE.flatMap((p) => p.examples.map((e) => [p.name, e] as const));
  it.each(examples)('%s takes “%s”', (_name, line) => {
    expect(furnitureLength(line)).toBeGreaterThan(0);
  });

  // Prose that opens or ends like furniture and is not.
  it.each([
    'By Monday the talks had collapsed and both envoys had left.',
    'Dated papers were found at the site, the police said.',
    'The minister shared a photo of the meeting on Twitter.',
    'Also on Tuesday, the ministry summoned the envoy.',
    'Share prices fell sharply after the attack.',
    'Updated travel advice was issued to citizens on Friday.',
    'Watching the border closely, the army said it was ready.',
  ])('leaves prose alone: “%s”', (line) => {
    expect(furnitureLength(line)).toBe(0);
  });
});

describe('furniture in a text', () => {
  const text =
    ' date 2021-03-17 Ostland warns Veloria over raids\nBy Jane Roe\nAna Berg said on Monday that the raids must stop.\nA border post near the river. (Photo: Wire Agency)\nAlso read: Another story';

  it('splits the archive stamp off the headline and marks each piece of furniture', () => {
    const sentences = splitSentences('t', text);
    expect(sentences.filter((s) => s.furniture).map((s) => s.text)).toEqual([
      'date 2021-03-17',
      'By Jane Roe',
      'A border post near the river. (Photo: Wire Agency)',
      'Also read: Another story',
    ]);
    expect(sentences.find((s) => !s.furniture)?.text).toBe('Ostland warns Veloria over raids');
    for (const s of sentences) expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
  });

  it('reads no date in furniture', () => {
    const sentences = splitSentences('t', text);
    const dates = findDates(sentences, '2021-03-17');
    const dated = sentences.filter((_, i) => (dates[i] ?? []).length > 0).map((s) => s.text);
    expect(dated).toEqual(['Ana Berg said on Monday that the raids must stop.']);
  });
});

describe('timeline entries', () => {
  it('reads a year or a day that heads an entry, and dates the entry by it', async () => {
    const { createPipeline } = await import('../../../src/pipeline/runPipeline');
    const pipeline = createPipeline({ actors: [], incidents: [], crises: [] });
    const text = [
      'Following is the chronology:',
      '• 2009: The council moves a proposal to list the cleric.',
      '3 October 2011: Police arrest the cleric and charge him on 9 October 2011.',
    ].join('\n');
    const events = pipeline.build([
      {
        id: 't',
        headline: null,
        outlet: 'o',
        published: '2019-05-02',
        dateline: null,
        url: null,
        text,
      },
    ]).events;
    expect(events.map((e) => [e.date.start, e.kind, e.title])).toEqual([
      ['2009', 'policy', 'The council moves a proposal to list the cleric'],
      ['2011-10-03', 'arrest', 'Police arrest the cleric and charge him'],
    ]);
  });
});
