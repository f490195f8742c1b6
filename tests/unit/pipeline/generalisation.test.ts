/**
 * Articles about people and events the knowledge base does not know
 * (tests/fixtures/generalisation) must still give their dated events, from the
 * text alone. Expected rows come from reading the fixtures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/runPipeline';
import type { TimelineFile } from '../../../src/shared/schema';

const EXPECTED = [
  // fx1: Friday 12 March 2021 — weekday, yesterday, earlier in the day
  {
    id: '2021-03-09-elena-markovic',
    start: '2021-03-09',
    precision: 'day',
    basis: 'relative',
    kind: 'statement',
    title: 'Markovic: Her government would expel two Ostland diplomats',
    excerpt: 'said on Tuesday',
  },
  {
    id: '2021-03-11-elena-markovic',
    start: '2021-03-11',
    precision: 'day',
    basis: 'relative',
    kind: 'statement',
    title: 'Markovic: All talks with Ostland were suspended',
    excerpt: 'told reporters yesterday',
  },
  {
    id: '2021-03-11-tomas-adler',
    start: '2021-03-11',
    precision: 'day',
    basis: 'relative',
    kind: 'statement',
    title: 'Adler: The army was ready to respond',
    excerpt: 'Earlier in the day',
  },
  // fx2: Monday 2 July 2018 — month-day without a year, a range ahead, a numeric date
  {
    id: '2018-06-28-arjun-desai',
    start: '2018-06-28',
    precision: 'day',
    basis: 'explicit',
    kind: 'statement',
    title: 'Desai: His country would not attend talks while attacks continued',
    excerpt: 'said on June 28',
  },
  {
    id: '2018-06-24-gunmen-killed-14-soldiers-at-a',
    start: '2018-06-24',
    precision: 'day',
    basis: 'explicit',
    kind: 'attack',
    title: 'Gunmen killed 14 soldiers at a border post',
    excerpt: 'on June 24, the army said',
  },
  {
    id: '2018-07-15-the-two-leaders-are-expected-to',
    start: '2018-07-15',
    end: '2018-07-16',
    precision: 'day',
    basis: 'explicit',
    kind: 'summit',
    title: 'The two leaders are expected to meet at a summit in Lisbon',
    excerpt: 'July 15-16',
  },
  {
    id: '2018-03-14-the-finance-ministry-froze-the-accounts',
    start: '2018-03-14',
    precision: 'day',
    basis: 'explicit',
    kind: 'policy',
    title: 'The finance ministry froze the accounts of three charities',
    excerpt: '03/14/2018',
  },
  // fx3: 20 November 2020 — since a month, a bare year, a modifier; background makes nothing
  {
    id: '2019-03-ostland-has-barred-all-arms-sales',
    start: '2019-03',
    precision: 'month',
    basis: 'explicit',
    kind: 'policy',
    title: 'Ostland has barred all arms sales to Veloria',
    excerpt: 'Since March 2019',
  },
  {
    id: '2001-both-governments-signed-the-river-pact',
    start: '2001',
    precision: 'year',
    basis: 'explicit',
    kind: 'policy',
    title: 'Both governments signed the river pact',
    excerpt: 'in 2001',
  },
  {
    id: '2020-10-11-veloria-s-parliament-voted-to-suspend',
    start: '2020-10-11',
    end: '2020-10-20',
    precision: 'week',
    basis: 'relative',
    kind: 'policy',
    title: "Veloria's parliament voted to suspend the trade pact",
    excerpt: 'mid-October',
  },
  // fx4: Wednesday 12 June 2019 — this week, last week, a weekday ahead
  {
    id: '2019-06-10-sofia-lindqvist',
    start: '2019-06-10',
    end: '2019-06-12',
    precision: 'week',
    basis: 'relative',
    kind: 'statement',
    title: 'Lindqvist: The border would stay closed',
    excerpt: 'said this week',
  },
  {
    id: '2019-06-03-police-arrested-30-suspects-in-the',
    start: '2019-06-03',
    end: '2019-06-09',
    precision: 'week',
    basis: 'relative',
    kind: 'arrest',
    title: 'Police arrested 30 suspects in the capital',
    excerpt: 'last week',
  },
  {
    id: '2019-06-17-the-two-foreign-ministers-will-meet',
    start: '2019-06-17',
    precision: 'day',
    basis: 'relative',
    kind: 'meeting',
    title: 'The two foreign ministers will meet in Geneva',
    excerpt: 'on Monday',
  },
  // fx5: Friday 27 October 2017 — false friends all around one real statement
  {
    id: '2017-10-26-jonas-berg',
    start: '2017-10-26',
    precision: 'day',
    basis: 'relative',
    kind: 'statement',
    title: 'Berg: The tariff would be lifted',
    excerpt: 'said on Thursday',
  },
] as const;

let timeline: TimelineFile;
beforeAll(() => {
  timeline = runPipeline('tests/fixtures/generalisation', 'seeds/knowledge');
});

describe('generalisation fixtures', () => {
  it.each(EXPECTED.map((e) => [e.id, e] as const))('%s', (_id, expected) => {
    const event = timeline.events.find((e) => e.id === expected.id);
    expect(event, `have ${timeline.events.map((e) => e.id).join(', ')}`).toBeDefined();
    expect(event!.title).toBe(expected.title);
    expect(event!.kind).toBe(expected.kind);
    expect(event!.date).toMatchObject({
      start: expected.start,
      precision: expected.precision,
      basis: expected.basis,
    });
    expect(event!.date.end).toBe('end' in expected ? expected.end : undefined);
    expect(event!.sources.some((s) => s.excerpt.includes(expected.excerpt))).toBe(true);
  });

  it('makes nothing of background, trends and false friends', () => {
    expect(timeline.events.map((e) => e.id).sort()).toEqual(EXPECTED.map((e) => e.id).sort());
  });

  it('lists the people it discovered as actors', () => {
    expect(timeline.actors.find((a) => a.id === 'elena-markovic')).toEqual({
      id: 'elena-markovic',
      name: 'Elena Markovic',
      shortName: 'Markovic',
      kind: 'person',
      // The office the text gives in apposition.
      role: "Veloria's Foreign Minister",
    });
  });
});
