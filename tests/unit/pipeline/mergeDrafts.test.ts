/**
 * One happening, one event across reports (issue 28, class 3): the rule that
 * says when two drafts are one happening, table-tested on drafts made here.
 */
import { describe, expect, it } from 'vitest';
import type { EventDate, EventKind } from '../../../src/shared/schema';
import { createActorFamily, type FamilyMember } from '../../../src/pipeline/assembly/actorFamily';
import { mergeDrafts, sameHappening } from '../../../src/pipeline/assembly/mergeDrafts';
import { DraftBook, type Draft } from '../../../src/pipeline/assembly/drafts';
import type { KbIncident } from '../../../src/pipeline/knowledge/knowledgeSchema';

const members: FamilyMember[] = [
  { id: 'ostland', kind: 'country' },
  { id: 'ostland-fo', kind: 'government-body', country: 'ostland' },
  { id: 'ana-berg', kind: 'person', country: 'ostland', body: 'ostland-fo' },
  { id: 'karl-moss', kind: 'person', country: 'ostland' },
  { id: 'ivo-lind', kind: 'person', country: 'veloria' },
];
const family = createActorFamily((id) => members.find((m) => m.id === id));

const day = (start: string, basis: EventDate['basis'] = 'relative'): EventDate => ({
  start,
  precision: start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year',
  basis,
  explanation: 'written for this test',
});

interface DraftSpec {
  article: string;
  kind: EventKind;
  date: string;
  main?: string;
  basis?: EventDate['basis'];
  others?: [string, 'participant' | 'target'][];
  places?: string[];
  incident?: Partial<KbIncident>;
  excerpt?: string;
}

function draft(book: DraftBook, spec: DraftSpec): Draft {
  const incident = spec.incident
    ? ({
        id: 'x',
        name: 'x',
        title: 'x',
        kind: spec.kind,
        dates: [],
        crisis: null,
        actors: [],
        aliases: [],
        match: [],
        sources: [],
        ...spec.incident,
      } as KbIncident)
    : null;
  const d = book.create({
    incident,
    kind: spec.kind,
    date: day(spec.date, spec.basis),
    main: spec.main ?? null,
  });
  if (spec.main) d.actors.set(spec.main, spec.kind === 'statement' ? 'speaker' : 'agent');
  for (const [id, role] of spec.others ?? []) d.actors.set(id, role);
  for (const p of spec.places ?? []) d.places.add(p);
  d.sources.set(`${spec.article}:0`, {
    article: spec.article,
    excerpt: spec.excerpt ?? 'e',
    offset: 0,
    length: 1,
    published: spec.date.padEnd(10, '-01').slice(0, 10),
  });
  return d;
}

describe('sameHappening', () => {
  const cases: [string, DraftSpec, DraftSpec, boolean][] = [
    [
      'a call told as a meeting and as a statement',
      { article: 'a', kind: 'meeting', date: '2021-03-15', main: 'ana-berg' },
      { article: 'b', kind: 'statement', date: '2021-03-15', main: 'ana-berg' },
      true,
    ],
    [
      'a country and its minister on one day',
      { article: 'a', kind: 'statement', date: '2021-03-15', main: 'ostland' },
      { article: 'b', kind: 'meeting', date: '2021-03-15', main: 'ana-berg' },
      true,
    ],
    [
      'two people of one country',
      { article: 'a', kind: 'statement', date: '2021-03-15', main: 'ana-berg' },
      { article: 'b', kind: 'statement', date: '2021-03-15', main: 'karl-moss' },
      false,
    ],
    [
      'one voice on two days',
      { article: 'a', kind: 'statement', date: '2021-03-15', main: 'ana-berg' },
      { article: 'b', kind: 'statement', date: '2021-03-16', main: 'ana-berg' },
      false,
    ],
    [
      'one article: placement decided',
      { article: 'a', kind: 'meeting', date: '2021-03-15', main: 'ana-berg' },
      { article: 'a', kind: 'statement', date: '2021-03-15', main: 'ana-berg' },
      false,
    ],
    [
      'an unknown day agrees with nothing',
      { article: 'a', kind: 'statement', date: '2021-03-15', main: 'ana-berg' },
      {
        article: 'b',
        kind: 'statement',
        date: '2021-03-15',
        main: 'ana-berg',
        basis: 'publication',
      },
      false,
    ],
    [
      'two calls of one minister with different sides',
      {
        article: 'a',
        kind: 'meeting',
        date: '2021-03-15',
        main: 'ana-berg',
        others: [['ivo-lind', 'participant']],
      },
      {
        article: 'b',
        kind: 'meeting',
        date: '2021-03-15',
        main: 'ana-berg',
        others: [['ostland-fo', 'participant']],
      },
      false,
    ],
    [
      'a statement and an attack',
      { article: 'a', kind: 'statement', date: '2021-03-15', main: 'ana-berg' },
      { article: 'b', kind: 'attack', date: '2021-03-15' },
      false,
    ],
    [
      'two attacks on one day in different towns',
      { article: 'a', kind: 'attack', date: '2021-03-15', places: ['dunmore'] },
      { article: 'b', kind: 'attack', date: '2021-03-15', places: ['kelso'] },
      false,
    ],
    [
      'an attack by its month and the incident in its town',
      { article: 'a', kind: 'attack', date: '2021-03', places: ['dunmore'] },
      {
        article: 'b',
        kind: 'attack',
        date: '2021-03-15',
        incident: { place: 'Dunmore, Northern Province' },
      },
      true,
    ],
  ];
  it.each(cases)('%s', (_name, a, b, expected) => {
    const book = new DraftBook();
    expect(sameHappening(draft(book, a), draft(book, b), family, { countryVoice: true })).toBe(
      expected,
    );
  });

  it('lets a country stand for its officials only when asked to', () => {
    const book = new DraftBook();
    const a = draft(book, { article: 'a', kind: 'statement', date: '2021-03', main: 'ostland' });
    const b = draft(book, {
      article: 'b',
      kind: 'statement',
      date: '2021-03-15',
      main: 'ana-berg',
    });
    expect(sameHappening(a, b, family, { countryVoice: false })).toBe(false);
  });
});

describe('mergeDrafts', () => {
  it('folds a coarse date into the one known happening it fits, keeping the sharper date', () => {
    const book = new DraftBook();
    draft(book, { article: 'a', kind: 'attack', date: '2021-03', places: ['dunmore'] });
    draft(book, {
      article: 'b',
      kind: 'attack',
      date: '2021-03-15',
      places: ['dunmore'],
      incident: { place: 'Dunmore' },
    });
    const left = mergeDrafts(book.drafts, family);
    expect(left).toHaveLength(1);
    expect(left[0]!.date.start).toBe('2021-03-15');
    expect([...left[0]!.sources.values()].map((s) => s.article).sort()).toEqual(['a', 'b']);
  });

  it('leaves a coarse statement alone: a month holds many remarks', () => {
    const book = new DraftBook();
    draft(book, { article: 'a', kind: 'statement', date: '2021-03', main: 'ana-berg' });
    draft(book, { article: 'b', kind: 'statement', date: '2021-03-06', main: 'ana-berg' });
    draft(book, { article: 'c', kind: 'statement', date: '2021-03-10', main: 'ana-berg' });
    expect(mergeDrafts(book.drafts, family)).toHaveLength(3);
  });

  it('takes the meeting for a statement told as one by another report', () => {
    const book = new DraftBook();
    draft(book, { article: 'a', kind: 'statement', date: '2021-03-15', main: 'ana-berg' });
    draft(book, { article: 'b', kind: 'meeting', date: '2021-03-15', main: 'ana-berg' });
    const left = mergeDrafts(book.drafts, family);
    expect(left.map((d) => d.kind)).toEqual(['meeting']);
  });
});

describe('an undated telling and the day another report gives', () => {
  const denial = 'The ministry denied that Berg had asked Lind to mediate over the border dispute';
  const undated = (excerpt: string, date = '2021-03-20'): DraftSpec => ({
    article: 'b',
    kind: 'statement',
    date,
    basis: 'publication',
    main: 'ana-berg',
    excerpt,
  });
  const dated: DraftSpec = {
    article: 'a',
    kind: 'statement',
    date: '2021-03-12',
    main: 'ana-berg',
    excerpt: denial,
  };

  it.each([
    [
      'the same words, within two weeks',
      undated('Berg denied she had asked Lind to mediate the border dispute'),
      1,
    ],
    ['other words', undated('Berg praised the new trade agreement with the neighbours'), 2],
    [
      'more than two weeks on',
      undated('Berg denied she had asked Lind to mediate the border dispute', '2021-04-20'),
      2,
    ],
  ])('%s', (_case, spec, left) => {
    const book = new DraftBook();
    draft(book, dated);
    draft(book, spec);
    const merged = mergeDrafts(book.drafts, family);
    expect(merged).toHaveLength(left);
    if (left === 1)
      expect(merged[0]!.date).toMatchObject({ start: '2021-03-12', basis: 'relative' });
  });
});
