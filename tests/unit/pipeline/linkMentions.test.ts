/**
 * Linking words to a knowledge base written here, not the seeds': actors by
 * name, adjective, office and title; incidents by alias, by name groups with a
 * word of their kind, and only where the text's own date agrees.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/pipeline/knowledge/knowledgeSchema';
import { findDates } from '../../../src/pipeline/stages/findDates';
import { createLinker } from '../../../src/pipeline/stages/linkMentions';
import { splitSentences } from '../../../src/pipeline/stages/splitSentences';
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
    {
      id: 'foreign-office',
      name: 'Ostland Foreign Office',
      shortName: 'FO',
      kind: 'government-body',
      country: 'ostland',
      aliases: ['Foreign Office'],
      officials: ['Foreign Office official', 'senior Foreign Office official'],
    },
    {
      id: 'red-hand',
      name: 'Red Hand',
      shortName: 'RH',
      kind: 'militant-group',
      aliases: ['Red Hand'],
    },
    {
      id: 'air-wing',
      name: 'Ostland Air Wing',
      shortName: 'Air Wing',
      kind: 'security-force',
      aliases: ['Air Wing', 'Ostlandic jets'],
    },
    {
      id: 'ana-berg',
      name: 'Ana Berg',
      shortName: 'Berg',
      kind: 'person',
      country: 'ostland',
      aliases: ['Ana Berg'],
      titles: [{ phrase: 'Ostlandic premier', from: '2018-01-01', to: '2020-12-31' }],
    },
    {
      id: 'karl-moss',
      name: 'Karl Moss',
      shortName: 'Moss',
      kind: 'person',
      country: 'ostland',
      aliases: ['Karl Moss'],
      // Berg's successor, out of office for a caretaker's year and back.
      titles: [
        { phrase: 'Ostlandic premier', from: '2021-01-01', to: '2021-12-31' },
        { phrase: 'Ostlandic premier', from: '2023-01-01', to: '2023-12-31' },
      ],
    },
  ],
  incidents: [
    {
      id: 'dunmore-bombing',
      name: 'Dunmore bombing',
      title: 'Red Hand bombing in Dunmore',
      kind: 'attack',
      dates: [{ start: '2019-02-14' }],
      crisis: 'dunmore-crisis',
      actors: [{ id: 'red-hand', role: 'agent' }],
      aliases: ['Dunmore bombing'],
      match: [['Dunmore']],
      sources: ['written for this test'],
    },
    {
      id: 'kessel-raid',
      name: 'Kessel raid',
      title: 'Air Wing strikes Kessel',
      kind: 'strike',
      dates: [{ start: '2019-02-26' }],
      crisis: 'dunmore-crisis',
      actors: [{ id: 'air-wing', role: 'agent' }],
      aliases: [],
      crisisAliases: ['the raids'],
      match: [['Kessel']],
      sources: ['written for this test'],
    },
    {
      id: 'berg-calls',
      name: "Berg's calls",
      title: 'Berg calls her neighbours',
      kind: 'meeting',
      dates: [{ start: '2025-04-30' }, { start: '2025-05-08' }],
      crisis: null,
      actors: [{ id: 'ana-berg', role: 'speaker' }],
      aliases: [],
      match: [['Berg'], ['neighbours', 'leaders']],
      sources: ['written for this test'],
    },
  ],
  crises: [
    {
      id: 'dunmore-crisis',
      name: 'Dunmore crisis',
      start: '2019-02-14',
      end: '2019-03-31',
      trigger: 'dunmore-bombing',
      description: 'A test crisis.',
      sources: ['https://example.org/written-for-this-test'],
    },
  ],
};
const linker = createLinker(kb);

function link(text: string, published = '2019-06-08') {
  const article = testArticle(text, published);
  const sentences = splitSentences('t', text);
  return linker.link(article, sentences, findDates(sentences, published));
}
const actorsOf = (text: string, published?: string) =>
  link(text, published).flatMap((s) => s.actors.map((a) => `${a.text}→${a.actorId}(${a.via})`));
const incidentsOf = (text: string, published: string) =>
  link(text, published).flatMap((s) => s.incidents.map((i) => `${i.incidentId}(${i.via})`));

describe('linkMentions: actors', () => {
  it.each([
    [
      'names and aliases',
      'Ana Berg met Red Hand critics.',
      ['Ana Berg→ana-berg(alias)', 'Red Hand→red-hand(alias)'],
    ],
    ['the longest name wins', 'Ostlandic jets struck.', ['Ostlandic jets→air-wing(alias)']],
    ['nationality adjectives', 'Ostlandic officials bristle.', ['Ostlandic→ostland(adjective)']],
    [
      'officials of a body',
      'A senior Foreign Office official said so.',
      ['senior Foreign Office official→foreign-office(official)'],
    ],
    [
      'a surname after the full name',
      'Ana Berg spoke. Later Berg left.',
      ['Ana Berg→ana-berg(alias)', 'Berg→ana-berg(surname)'],
    ],
    [
      'not a surname before the full name',
      'Berg spoke. Ana Berg left.',
      ['Ana Berg→ana-berg(alias)'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(actorsOf(text)).toEqual(expected);
  });

  it('reads an office title as a person only while they held it', () => {
    expect(actorsOf('The Ostlandic premier wrote.', '2019-06-08')).toEqual([
      'Ostlandic premier→ana-berg(title)',
    ]);
    expect(actorsOf('The Ostlandic premier wrote.', '2024-01-01')).toEqual([
      'Ostlandic→ostland(adjective)',
    ]);
  });

  it('reads an office title as whoever held it on the day of the report, term by term', () => {
    const holder = (published: string) => actorsOf('The Ostlandic premier wrote.', published);
    expect(holder('2020-12-31')).toEqual(['Ostlandic premier→ana-berg(title)']);
    expect(holder('2021-06-01')).toEqual(['Ostlandic premier→karl-moss(title)']);
    expect(holder('2022-06-01')).toEqual(['Ostlandic→ostland(adjective)']);
    expect(holder('2023-06-01')).toEqual(['Ostlandic premier→karl-moss(title)']);
  });
});

describe('linkMentions: incidents', () => {
  it.each([
    ['an alias', 'The Dunmore bombing shocked Ostland.', '2019-03-16', ['dunmore-bombing(alias)']],
    [
      'a name with a word of its kind',
      'Jets struck targets in Kessel.',
      '2019-03-16',
      ['kessel-raid(cue)'],
    ],
    [
      'a name with a verb of its kind',
      'Gunmen killed nine people in Dunmore.',
      '2019-03-16',
      ['dunmore-bombing(cue)'],
    ],
    ['a place named without a happening', 'Dunmore is a quiet market town.', '2019-03-16', []],
    ['a happening of another kind at the place', 'Ministers met in Kessel.', '2019-03-16', []],
    [
      'a day that is not the incident’s',
      'Gunmen killed nine people in Dunmore on March 2.',
      '2019-03-16',
      [],
    ],
    [
      'a day that is the incident’s',
      'Gunmen killed nine people in Dunmore on February 14.',
      '2019-03-16',
      ['dunmore-bombing(cue)'],
    ],
    [
      'a month close by that holds none of its days',
      'Last month, gunmen killed nine people in Dunmore.',
      '2023-06-21',
      [],
    ],
    [
      'a year close by that holds none of its days',
      'In 2022 gunmen killed nine in Dunmore.',
      '2023-06-21',
      [],
    ],
    [
      'a month that holds its day',
      'In February 2019, gunmen killed nine people in Dunmore.',
      '2023-06-21',
      ['dunmore-bombing(cue)'],
    ],
    // "since" tells how long something has gone on, not when the incident was
    [
      'a year told with “since”',
      'Since 2016, gunmen have killed nine people in Dunmore.',
      '2023-06-21',
      ['dunmore-bombing(cue)'],
    ],
  ])('%s', (_label, text, published, expected) => {
    expect(incidentsOf(text, published)).toEqual(expected);
  });

  it('reads a generic phrase as an incident only inside its crisis and the month after it', () => {
    expect(incidentsOf('The raids were condemned.', '2019-03-01')).toEqual(['kessel-raid(alias)']);
    expect(incidentsOf('The raids were condemned.', '2019-04-30')).toEqual(['kessel-raid(alias)']);
    expect(incidentsOf('The raids were condemned.', '2019-05-01')).toEqual([]);
    expect(incidentsOf('The raids were condemned.', '2019-06-01')).toEqual([]);
    expect(incidentsOf('The raids were condemned.', '2019-02-13')).toEqual([]);
  });

  it('picks the latest occurrence of a recurring incident on or before publication', () => {
    const start = (published: string) =>
      link('Berg has spoken with both leaders.', published)[0]!.incidents[0]?.start;
    expect(start('2025-05-09')).toBe('2025-05-08');
    expect(start('2025-05-02')).toBe('2025-04-30');
  });

  it('takes the occurrence the text dates', () => {
    const [sentence] = link('Berg spoke with her neighbours on April 30.', '2025-05-09');
    expect(sentence!.incidents[0]?.start).toBe('2025-04-30');
  });
});
