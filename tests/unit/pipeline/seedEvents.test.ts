/* eslint-disable max-lines -- the gold events of the seed articles, as data, one row per event. */
/**
 * The events a careful reader puts on a timeline from each seed article, written
 * from reading the articles (not from the pipeline's output). Each row names the
 * date, how it is known, and words the supporting excerpt must contain.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/runPipeline';
import type { TimelineFile, TimelineEvent } from '../../../src/shared/schema';

interface Expected {
  id: string;
  start: string;
  end?: string;
  basis: TimelineEvent['date']['basis'];
  kind: TimelineEvent['kind'];
  /** article prefix → words its excerpt must contain */
  excerpts: Record<string, string>;
  speaker?: string;
  target?: string;
}

const EXPECTED: Expected[] = [
  // 000 — PTI, 16 March 2019
  {
    id: '2019-02-14-pulwama-attack',
    start: '2019-02-14',
    basis: 'explicit',
    kind: 'attack',
    excerpts: { '000': 'killed 40 CRPF personnel', '003': 'Pulwama terrorist attack' },
  },
  {
    id: '2019-02-15-india-briefs-envoys',
    start: '2019-02-15',
    basis: 'knowledge-base',
    kind: 'meeting',
    excerpts: { '000': 'envoys of 25 countries' },
  },
  {
    id: '2019-02-26-balakot-airstrike',
    start: '2019-02-26',
    basis: 'knowledge-base',
    kind: 'strike',
    excerpts: { '000': 'Indian jets carried out air strikes' },
  },
  {
    id: '2019-03-14-kartarpur-talks',
    start: '2019-03-14',
    basis: 'knowledge-base',
    kind: 'meeting',
    excerpts: { '000': 'Kartarpur corridor' },
  },
  {
    id: '2019-03-15-us-state-department-on-india',
    start: '2019-03-15',
    basis: 'explicit',
    kind: 'statement',
    speaker: 'us-state-department',
    excerpts: { '000': 'said on March 15' },
  },
  {
    id: '2019-03-15-mike-pompeo-on-pakistan',
    start: '2019-03-15',
    basis: 'relative',
    kind: 'statement',
    speaker: 'mike-pompeo',
    target: 'pakistan',
    excerpts: { '000': 'stop harbouring terrorists' },
  },
  // "Since January 2018, … has stopped all security assistance": "stop" tells a deed with
  // its object (lexicon VERB_OBJECT_ROWS), beside the incident's own name.
  {
    id: '2018-01-04-us-suspends-security-assistance',
    start: '2018-01-04',
    // The text gives the month or year; the day is the knowledge base's, and says so.
    basis: 'knowledge-base',
    kind: 'policy',
    excerpts: { '000': 'Since January 2018' },
  },
  // 001 — ANI, 9 September 2016
  {
    id: '2016-09-08-us-on-pakistan',
    start: '2016-09-08',
    basis: 'relative',
    kind: 'statement',
    speaker: 'us',
    target: 'pakistan',
    excerpts: { '001': "'pick and choose'" },
  },
  // A Washington briefing in a Delhi paper's 9 September pages: on or before the 8th there.
  {
    id: '2016-09-08-mark-toner-on-pakistan',
    start: '2016-09-08',
    basis: 'publication',
    kind: 'statement',
    speaker: 'mark-toner',
    excerpts: { '001': 'Mark Toner stated' },
  },
  // A country's undated reply in the past tense is a happening: on or before the report.
  {
    id: '2016-09-09-pakistan-on-india',
    start: '2016-09-09',
    basis: 'publication',
    kind: 'statement',
    speaker: 'pakistan',
    target: 'india',
    excerpts: { '001': 'Pakistan responded' },
  },
  {
    id: '2016-09-08-asean-india-summit-vientiane',
    start: '2016-09-08',
    basis: 'relative',
    kind: 'summit',
    speaker: 'narendra-modi',
    excerpts: { '001': 'Summit in Laos yesterday' },
  },
  {
    id: '2016-09-04-g20-hangzhou',
    start: '2016-09-04',
    end: '2016-09-05',
    basis: 'knowledge-base',
    kind: 'summit',
    excerpts: { '001': 'G20 Summit in China' },
  },
  {
    id: '2016-09-08-pakistan-fo-briefing-zakaria',
    start: '2016-09-08',
    basis: 'knowledge-base',
    kind: 'statement',
    speaker: 'nafees-zakaria',
    target: 'india',
    excerpts: { '001': 'weekly briefing' },
  },
  {
    id: '2016-03-03-kulbhushan-jadhav-arrest',
    start: '2016-03-03',
    basis: 'knowledge-base',
    kind: 'arrest',
    excerpts: { '001': 'spy arrested in Balochistan' },
  },
  // 002 — aggregator, c. 9 May 2025
  {
    id: '2025-04-22-pahalgam-attack',
    start: '2025-04-22',
    basis: 'knowledge-base',
    kind: 'attack',
    excerpts: { '002': '26 civilians were killed' },
  },
  {
    id: '2025-05-07-operation-sindoor',
    start: '2025-05-07',
    basis: 'knowledge-base',
    kind: 'strike',
    excerpts: { '002': "India's attacks" },
  },
  {
    id: '2025-05-08-rubio-calls-jaishankar-sharif',
    start: '2025-05-08',
    basis: 'knowledge-base',
    kind: 'meeting',
    speaker: 'marco-rubio',
    excerpts: { '002': 'spoken separately' },
  },
  {
    id: '2025-05-09-donald-trump-on-india',
    start: '2025-05-09',
    basis: 'publication',
    kind: 'statement',
    speaker: 'donald-trump',
    excerpts: { '002': 'offered to mediate' },
  },
  {
    id: '2025-05-09-tammy-bruce-on-pakistan',
    start: '2025-05-09',
    basis: 'publication',
    kind: 'statement',
    speaker: 'tammy-bruce',
    excerpts: { '002': 'Tammy Bruce' },
  },
  // 003 — PTI via India.com, Saturday 8 June 2019
  {
    id: '2019-06-08-white-house-on-pakistan',
    start: '2019-06-08',
    basis: 'relative',
    kind: 'statement',
    speaker: 'white-house',
    target: 'pakistan',
    excerpts: { '003': 'on Saturday clarified' },
  },
  {
    id: '2019-05-23-modi-re-elected',
    start: '2019-05-23',
    basis: 'knowledge-base',
    kind: 'policy',
    excerpts: { '003': 're-election of Prime Minister Narendra Modi' },
  },
  {
    id: '2019-06-08-imran-khan-on-india',
    start: '2019-06-08',
    basis: 'publication',
    kind: 'statement',
    speaker: 'imran-khan',
    excerpts: { '003': 'letter to Modi' },
  },
  {
    id: '2019-06-13-sco-summit-bishkek',
    start: '2019-06-13',
    end: '2019-06-14',
    basis: 'explicit',
    kind: 'summit',
    excerpts: { '003': 'June 13-14' },
  },
  {
    id: '2019-06-08-us-state-department-on-pakistan',
    start: '2019-06-08',
    basis: 'publication',
    kind: 'statement',
    speaker: 'us-state-department',
    excerpts: { '003': 'initial actions' },
  },
  // 004 — Reuters, Friday 27 October 2017
  {
    id: '2017-10-27-alice-wells-on-pakistan',
    start: '2017-10-27',
    basis: 'relative',
    kind: 'statement',
    speaker: 'alice-wells',
    target: 'pakistan',
    excerpts: { '004': 'said on Friday' },
  },
  {
    id: '2017-10-23-tillerson-bagram',
    start: '2017-10-23',
    basis: 'relative',
    kind: 'meeting',
    speaker: 'rex-tillerson',
    target: 'pakistan',
    excerpts: { '004': 'On Monday, during a visit to Kabul' },
  },
  {
    id: '2017-10-24-tillerson-islamabad',
    start: '2017-10-24',
    basis: 'knowledge-base',
    kind: 'meeting',
    excerpts: { '004': 'including Pakistan' },
  },
  // The vow is the August speech's, but the text does not name the speech: only an alias
  // copied from this sentence tied them. Told without a date, it is on or before the report.
  {
    id: '2017-10-27-donald-trump-on-pakistan',
    start: '2017-10-27',
    basis: 'publication',
    kind: 'statement',
    speaker: 'donald-trump',
    target: 'pakistan',
    excerpts: { '004': 'get tough with Pakistan' },
  },
  {
    id: '2001-09-11-september-11-attacks',
    start: '2001-09-11',
    // The text gives the month or year; the day is the knowledge base's, and says so.
    basis: 'knowledge-base',
    kind: 'attack',
    excerpts: { '004': 'Sept. 11 attacks' },
  },
];

let timeline: TimelineFile;
beforeAll(() => {
  timeline = runPipeline('seeds');
});

describe('seed corpus: expected events', () => {
  it.each(EXPECTED.map((e) => [e.id, e] as const))('%s', (_id, expected) => {
    const event = timeline.events.find((e) => e.id === expected.id);
    expect(
      event,
      `missing ${expected.id}; have ${timeline.events.map((e) => e.id).join(', ')}`,
    ).toBeDefined();
    expect(event!.date.start).toBe(expected.start);
    expect(event!.date.end).toBe(expected.end);
    expect(event!.date.basis).toBe(expected.basis);
    expect(event!.kind).toBe(expected.kind);
    if (expected.speaker)
      expect(event!.actors).toContainEqual({ id: expected.speaker, role: 'speaker' });
    if (expected.target)
      expect(event!.actors).toContainEqual({ id: expected.target, role: 'target' });
    for (const [article, words] of Object.entries(expected.excerpts)) {
      const sources = event!.sources.filter((s) => s.article.startsWith(article));
      expect(
        sources.some((s) => s.excerpt.includes(words)),
        `${article} excerpt with “${words}”`,
      ).toBe(true);
    }
    expect(event!.title.length).toBeLessThanOrEqual(90);
  });

  it('has nothing a careful reader would not put on the timeline', () => {
    expect(timeline.events.map((e) => e.id).sort()).toEqual(EXPECTED.map((e) => e.id).sort());
  });

  it('makes one event of a happening reported by two articles', () => {
    const pulwama = timeline.events.filter((e) => e.id.includes('pulwama'));
    expect(pulwama).toHaveLength(1);
    expect(new Set(pulwama[0]!.sources.map((s) => s.article)).size).toBe(2);
  });

  it('writes excerpts that slice back out of the verbatim article text', () => {
    const texts = new Map(timeline.articles.map((a) => [a.id, a.text]));
    for (const event of timeline.events) {
      for (const s of event.sources)
        expect(texts.get(s.article)!.slice(s.offset, s.offset + s.length)).toBe(s.excerpt);
    }
  });

  it('places each event in the crisis whose span holds it, and the rest between crises', () => {
    const crisisOf = (id: string) => timeline.events.find((e) => e.id === id)?.crisis;
    expect(crisisOf('2019-03-15-mike-pompeo-on-pakistan')).toBe('2019-pulwama-balakot');
    expect(crisisOf('2019-03-14-kartarpur-talks')).toBe('2019-pulwama-balakot');
    expect(crisisOf('2025-05-09-tammy-bruce-on-pakistan')).toBe('2025-pahalgam-sindoor');
    // The seeds' own episodes are no crises of the period: summits before Uri, Trump's
    // vow to get tough on Pakistan, Tillerson's trip, the 2019 talks offer.
    for (const id of [
      '2016-09-04-g20-hangzhou',
      '2016-09-08-mark-toner-on-pakistan',
      '2017-10-23-tillerson-bagram',
      '2017-10-27-alice-wells-on-pakistan',
      '2017-10-27-donald-trump-on-pakistan',
      '2019-06-08-white-house-on-pakistan',
      '2001-09-11-september-11-attacks',
    ])
      expect(crisisOf(id), id).toBeNull();
    const holding = (day: string) =>
      timeline.crises.find((c) => c.start <= day && day <= c.end)?.id ?? null;
    for (const event of timeline.events)
      expect(event.crisis, event.id).toBe(holding(event.date.start));
  });

  it('is deterministic', () => {
    expect(JSON.stringify(runPipeline('seeds'))).toBe(JSON.stringify(timeline));
  });
});
