/**
 * A call the knowledge base knows and its readout, told in one article: words of
 * one side's country, on the call's day, naming every side of it, are the call's
 * readout, one event with it. Sentences and knowledge written here.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/pipeline/knowledge/knowledgeSchema';
import { createPipeline } from '../../../src/pipeline/runPipeline';
import { testArticle } from './article';

const kb: KnowledgeBase = {
  actors: [
    { id: 'ostland', name: 'Ostland', shortName: 'Ostland', kind: 'country', aliases: ['Ostland'] },
    { id: 'veloria', name: 'Veloria', shortName: 'Veloria', kind: 'country', aliases: ['Veloria'] },
    {
      id: 'ana-berg',
      name: 'Ana Berg',
      shortName: 'Berg',
      kind: 'person',
      country: 'ostland',
      aliases: ['Ana Berg'],
    },
    {
      id: 'ivo-lind',
      name: 'Ivo Lind',
      shortName: 'Lind',
      kind: 'person',
      country: 'veloria',
      aliases: ['Ivo Lind'],
    },
    {
      id: 'karl-moss',
      name: 'Karl Moss',
      shortName: 'Moss',
      kind: 'person',
      country: 'ostland',
      aliases: ['Karl Moss'],
    },
  ],
  incidents: [
    {
      id: 'berg-lind-call',
      name: 'Berg–Lind call',
      title: 'Berg calls Lind',
      kind: 'meeting',
      dates: [{ start: '2021-03-17' }],
      crisis: null,
      actors: [
        { id: 'ana-berg', role: 'speaker' },
        { id: 'ivo-lind', role: 'participant' },
      ],
      aliases: [],
      match: [['Berg'], ['Lind']],
      sources: ['written for this test'],
    },
  ],
  crises: [],
};
// published Thursday 18 March 2021: "Wednesday" is the call's day
const build = (text: string) =>
  createPipeline(kb).build([testArticle(text, '2021-03-18', 'a')]).events;

describe('a call and its readout', () => {
  it('makes the readout one event with the call', () => {
    const events = build(
      'Ostland on Wednesday affirmed its support for Veloria. Ana Berg spoke to Ivo Lind by telephone, Karl Moss said in a read-out of the call.',
    );
    expect(events.map((e) => e.kind)).toEqual(['meeting']);
    expect(events[0]!.date.start).toBe('2021-03-17');
  });

  it.each([
    // words of another day are another happening
    'Ana Berg spoke to Ivo Lind on Wednesday. On Tuesday, Karl Moss said Ostland stood by Ana Berg and Ivo Lind.',
    // words that name one side only
    'Ana Berg spoke to Ivo Lind on Wednesday. Karl Moss on Wednesday said Ostland would stand by Ivo Lind.',
  ])('keeps the words apart in %j', (text) => {
    expect(
      build(text)
        .map((e) => e.kind)
        .sort(),
    ).toEqual(['meeting', 'statement']);
  });
});
