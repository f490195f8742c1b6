/**
 * Incidents told without their name: a generic telling ("Ostland jets struck a
 * camp") names a known incident only in reports of its crisis, with the doer told
 * first; and a doer telling its own deed is the deed, not a statement beside it.
 * Countries, forces and the raid are invented here.
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
      id: 'ostland-air-force',
      name: 'Ostland Air Force',
      shortName: 'Ostland AF',
      kind: 'security-force',
      country: 'ostland',
      aliases: ['Ostland Air Force'],
    },
  ],
  incidents: [
    {
      id: 'riverside-raid',
      name: 'Riverside raid',
      title: 'Ostland jets strike a camp at Riverside',
      kind: 'strike',
      dates: [{ start: '2021-03-02' }],
      crisis: 'border-crisis',
      actors: [{ id: 'ostland-air-force', role: 'agent' }],
      aliases: ['Riverside raid'],
      crisisMatch: [['Ostland jets', 'Ostland warplanes']],
      sources: ['https://example.org/riverside-raid'],
    },
  ],
  crises: [
    {
      id: 'border-crisis',
      name: 'Border crisis',
      start: '2021-03-01',
      end: '2021-03-20',
      trigger: null,
      description: 'Invented for this test.',
      sources: ['https://example.org/border-crisis'],
    },
  ],
};
const pipeline = createPipeline(kb);
const ids = (published: string, text: string) =>
  pipeline.build([testArticle(text, published, 'a')]).events.map((e) => e.id);

describe('a generic telling of a known incident', () => {
  it.each([
    [
      'in a report of its crisis',
      '2021-03-04',
      'Ostland jets struck a camp across the border.',
      true,
    ],
    [
      'in a report months later',
      '2021-09-01',
      'Ostland jets struck a camp across the border.',
      false,
    ],
    [
      'with the doer after the deed',
      '2021-03-04',
      'Veloria said it shot down two Ostland jets.',
      false,
    ],
  ])('%s', (_case, published, text, isIncident) => {
    expect(ids(published, text).includes('2021-03-02-riverside-raid')).toBe(isIncident);
  });
});

describe('a doer telling its own deed', () => {
  it('is the deed, told by the doer, not a statement beside it', () => {
    const events = pipeline.build([
      testArticle(
        'Ostland said the Ostland Air Force struck a camp in the Riverside raid.',
        '2021-03-04',
        'a',
      ),
    ]).events;
    expect(events.map((e) => e.id)).toEqual(['2021-03-02-riverside-raid']);
  });

  it('keeps another voice’s words about the deed apart', () => {
    const events = pipeline.build([
      testArticle('Veloria said the Riverside raid hit an empty field.', '2021-03-04', 'a'),
    ]).events;
    expect(events.map((e) => e.kind).sort()).toEqual(['statement', 'strike']);
  });
});
