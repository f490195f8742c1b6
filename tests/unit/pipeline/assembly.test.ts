/**
 * One event per happening (issue 19, classes 4, 8 and 10), on a knowledge base
 * written here: voices that roll up, undated words, reports in several
 * articles, actions that are known incidents, and context that is not news.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/pipeline/knowledge/knowledgeSchema';
import { createPipeline } from '../../../src/pipeline/runPipeline';
import { testArticle } from './article';

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
    { id: 'veloria', name: 'Veloria', shortName: 'Veloria', kind: 'country', aliases: ['Veloria'] },
    {
      id: 'ostland-fo',
      name: 'Ostland Foreign Office',
      shortName: 'Ostland FO',
      kind: 'government-body',
      country: 'ostland',
      aliases: ['Foreign Office'],
    },
    {
      id: 'ana-berg',
      name: 'Ana Berg',
      shortName: 'Berg',
      kind: 'person',
      country: 'ostland',
      aliases: ['Ana Berg'],
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
      id: 'dunmore-bombing',
      name: 'Dunmore bombing',
      title: 'Bombing in Dunmore kills nine',
      kind: 'attack',
      dates: [{ start: '2021-04-22' }],
      crisis: null,
      actors: [],
      aliases: ['Dunmore bombing'],
      match: [['Dunmore']],
      sources: ['written for this test'],
    },
  ],
  crises: [],
};
const pipeline = createPipeline(kb);
const build = (...articles: [string, string, string][]) =>
  pipeline.build(articles.map(([id, published, text]) => testArticle(text, published, id))).events;

describe('one voice, one event', () => {
  it('joins the lead and the quote of an official of the same country, speaking with the official', () => {
    const events = build([
      'a',
      '2021-03-16',
      'Ostland on Monday condemned the raid. "We condemn it," Foreign Office spokesperson Lena Roe told reporters.',
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.date.start).toBe('2021-03-15');
    expect(events[0]!.actors).toContainEqual({ id: 'lena-roe', role: 'speaker' });
    expect(events[0]!.sources).toHaveLength(2);
  });

  it('dates undated words by the same voice said later in the article', () => {
    const events = build([
      'a',
      '2021-03-16',
      'Ana Berg has accused Veloria of bad faith. Berg said on Monday that talks were over.',
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.date).toMatchObject({ start: '2021-03-15', basis: 'relative' });
  });

  it('keeps two people of one country apart, even on one day', () => {
    const events = build([
      'a',
      '2021-03-16',
      'Ana Berg said on Monday that talks were over. Karl Moss said on Monday that talks would go on.',
    ]);
    expect(events.map((e) => e.actors.find((a) => a.role === 'speaker')?.id).sort()).toEqual([
      'ana-berg',
      'karl-moss',
    ]);
  });

  it('merges one statement told by two articles', () => {
    const events = build(
      ['a', '2021-03-16', 'Ana Berg said on March 15 that Veloria must act.'],
      ['b', '2021-03-17', 'Ana Berg said on March 15 that Veloria had to stop the raids.'],
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.sources.map((s) => s.article)).toEqual(['a', 'b']);
  });

  it('dates a saying by its own verb when two verbs share a subject', () => {
    const [event] = build([
      'a',
      '2021-03-19',
      'The Foreign Office denied that any raid took place and said on Thursday that two guards had died.',
    ]);
    expect(event).toMatchObject({ kind: 'statement', date: { start: '2021-03-18' } });
  });

  it('takes the saying the reported words date, not the attribution that closes them', () => {
    const [event] = build([
      'a',
      '2021-03-20',
      "Ana Berg told her Velorian counterpart on Friday that Ostland stood firm, Veloria's foreign ministry said on Saturday.",
    ]);
    expect(event!.date.start).toBe('2021-03-19');
    expect(event!.actors).toContainEqual({ id: 'ana-berg', role: 'speaker' });
  });
});

describe('things done', () => {
  it('joins an action to the article’s incident of its kind and day', () => {
    const events = build([
      'a',
      '2021-04-23',
      'Ostland condemned the Dunmore bombing. Gunmen killed nine people at a market on Thursday.',
    ]);
    expect(events.filter((e) => e.kind === 'attack').map((e) => e.id)).toEqual([
      '2021-04-22-dunmore-bombing',
    ]);
  });

  it('reads an attack named by its day alone as the known incident of that day', () => {
    const events = build(['a', '2021-05-10', 'Ostland blamed Veloria for the April 22 attack.']);
    expect(events.map((e) => e.id)).toContain('2021-04-22-dunmore-bombing');
  });

  it('makes a closing attribution the source of what it reports, not a statement of its own', () => {
    const events = build([
      'a',
      '2021-06-25',
      'Gunmen killed 14 guards at a border post on June 24, the army said.',
    ]);
    expect(events.map((e) => e.kind)).toEqual(['attack']);
  });
});

describe('dates and context', () => {
  it('says "on or before" when nothing in the text dates it', () => {
    const [event] = build(['a', '2021-03-16', 'Ana Berg has offered to mediate between the two.']);
    expect(event!.date).toMatchObject({
      start: '2021-03-16',
      basis: 'publication',
      onOrBefore: true,
    });
    expect(event!.date.explanation).toMatch(/on or before/);
  });

  it('marks what a clause speaks of as still to come as planned', () => {
    const events = build([
      'a',
      '2021-03-15',
      'Ana Berg said on Monday that Karl Moss will meet the Velorian envoy on Wednesday.',
    ]);
    const meeting = events.find((e) => e.kind === 'meeting');
    expect(meeting).toMatchObject({ date: { start: '2021-03-17' }, context: 'planned' });
    expect(events.find((e) => e.kind === 'statement')?.date.start).toBe('2021-03-15');
  });

  it('marks an incident recalled long after it as passing', () => {
    const [event] = build([
      'a',
      '2024-01-10',
      'Relations have not recovered since the Dunmore bombing.',
    ]);
    expect(event).toMatchObject({ id: '2021-04-22-dunmore-bombing', context: 'passing' });
  });
});
