/**
 * The knowledge base and the word lists as checked data (issue 28, class 10): every
 * entry names a public page a reader can open, incidents sit in the crises they
 * happened in, aliases are names rather than clauses lifted from an article, and
 * every example a word list gives is read as its row says.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/pipeline/knowledge/loadKnowledge';
import { EVENT_NOUNS, kindOfEventNoun } from '../../../src/pipeline/lexicon/eventNouns';
import { HOLIDAYS, holidayDay } from '../../../src/pipeline/lexicon/holidays';
import { attachmentOf } from '../../../src/pipeline/dates/attachment';
import { verbsIn } from '../../../src/pipeline/happenings/verbs';
import { tagSentence } from '../../../src/pipeline/nlp/tagSentence';
import { findDatesInSentence } from '../../../src/pipeline/stages/findDates';

const kb = loadKnowledge('seeds');

/** A page anyone can open: an http(s) address on a named host, not a file or a path. */
function isPublicPage(source: string): boolean {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname.includes('.') &&
    !/^(localhost|127\.|10\.|192\.168\.)/.test(url.hostname)
  );
}

describe('isPublicPage', () => {
  it.each([
    ['https://en.wikipedia.org/wiki/2016_Uri_attack', true],
    ['http://www.sify.com/news/a.html', true],
    ['../shared/seeds/SOURCES.md (reference dates of incidents)', false],
    ['seeds/knowledge/notes.md', false],
    ['file:///work/shared/seeds/SOURCES.md', false],
    ['http://localhost:4173/notes', false],
    ['written for this test', false],
  ])('%s → %s', (source, expected) => {
    expect(isPublicPage(source)).toBe(expected);
  });
});

describe('knowledge base: sources a reader can open', () => {
  const entries = [
    ...kb.incidents.map((i) => [`incident ${i.id}`, i.sources] as const),
    ...kb.crises.map((c) => [`crisis ${c.id}`, c.sources] as const),
    ...(kb.outlets ?? []).map((o) => [`outlet ${o.id}`, o.sources] as const),
  ];
  it.each(entries)('%s', (_entry, sources) => {
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(isPublicPage(source), source).toBe(true);
  });

  it('gives every person, and every office title with its term, a public source', () => {
    for (const actor of kb.actors.filter((a) => a.kind === 'person' || a.titles?.length)) {
      expect(actor.sources?.length, actor.id).toBeGreaterThan(0);
    }
  });

  it('gives a source to every country whose clock or web domain dates reports', () => {
    for (const actor of kb.actors.filter((a) => a.utcOffset !== undefined || a.webDomain))
      expect(actor.sources?.length, actor.id).toBeGreaterThan(0);
  });

  it('gives any actor source as a public page', () => {
    for (const actor of kb.actors)
      for (const source of actor.sources ?? []) expect(isPublicPage(source), actor.id).toBe(true);
  });

  it('gives every holiday a public source', () => {
    for (const holiday of HOLIDAYS)
      expect(isPublicPage(holiday.source), holiday.names[0]).toBe(true);
  });
});

describe('knowledge base: the crises of the period', () => {
  const crisisHolding = (day: string) =>
    kb.crises.find((c) => c.start <= day && day <= c.end)?.id ?? null;

  it('keeps the crises apart and in order', () => {
    for (const [i, crisis] of kb.crises.entries()) {
      expect(crisis.start <= crisis.end, crisis.id).toBe(true);
      const next = kb.crises[i + 1];
      if (next) expect(crisis.end < next.start, `${crisis.id} / ${next.id}`).toBe(true);
    }
  });

  it('starts each crisis on the day of the incident that set it off', () => {
    for (const crisis of kb.crises) {
      const trigger = kb.incidents.find((i) => i.id === crisis.trigger);
      expect(
        trigger?.dates.map((d) => d.start),
        crisis.id,
      ).toContain(crisis.start);
    }
  });

  it.each(kb.incidents.map((i) => [i.id, i] as const))(
    '%s is in the crisis it happened in, or between crises',
    (_id, incident) => {
      expect(incident.crisis).toBe(crisisHolding(incident.dates[0]!.start));
    },
  );
});

/**
 * A phrase reads as a clause when it has a finite verb: a lower-case verb that is
 * neither a gerund ("scrapping of Article 370") nor part of a hyphenated word
 * ("Pakistan-based", "cease-fire"). "get tough with Pakistan" and "Modi re-elected"
 * are pieces of sentences, not names.
 */
function clauseWords(phrase: string): string[] {
  const tokens = tagSentence(phrase);
  return tokens
    .filter(
      (t, k) =>
        (t.pos === 'VERB' || t.pos === 'AUX') &&
        t.text === t.text.toLowerCase() &&
        !t.text.endsWith('ing') &&
        tokens[k + 1]?.text !== '-' &&
        tokens[k - 1]?.text !== '-',
    )
    .map((t) => t.text);
}

describe('knowledge base: aliases are names', () => {
  it.each([
    ['get tough with Pakistan', ['get']],
    ['stopped all security assistance', ['stopped']],
    ['Modi re-elected', ['re-elected']],
    ['scrapping of Article 370', []],
    ['Pakistan-based', []],
    ['cease-fire', []],
  ])('“%s” has the finite verbs %j', (phrase, verbs) => {
    expect(clauseWords(phrase)).toEqual(verbs);
  });

  const phrases = [
    ...kb.incidents.flatMap((i) =>
      [...i.aliases, ...(i.crisisAliases ?? [])].map((a) => [i.id, a] as const),
    ),
    ...kb.actors.flatMap((a) =>
      [
        ...a.aliases,
        ...(a.adjectives ?? []),
        ...(a.officials ?? []),
        ...(a.titles ?? []).map((t) => t.phrase),
      ].map((p) => [a.id, p] as const),
    ),
  ];
  it.each(phrases)('%s: “%s” is a name, not a clause', (_id, phrase) => {
    expect(clauseWords(phrase)).toEqual([]);
    // Commas, colons and quotation marks belong to sentences, not to names.
    expect(phrase).not.toMatch(/[,;:!?"“”]/);
    expect(phrase.split(/\s+/).length).toBeLessThanOrEqual(8);
  });
});

describe('word lists: every example is read as its row says', () => {
  it('lists each event noun under one kind only', () => {
    for (const row of EVENT_NOUNS)
      for (const word of row.words) expect(kindOfEventNoun(word), word).toBe(row.kind);
  });

  // A date in the example dates the noun; an example without one is a light verb's noun.
  const examples = EVENT_NOUNS.flatMap((row) => row.examples.map((e) => [row.kind, e] as const));
  it.each(examples)('event noun, %s: “%s”', (kind, example) => {
    const dates = findDatesInSentence({ text: example, offset: 0 }, '2019-06-12', null);
    const kinds =
      dates.length > 0
        ? dates.map((d) => attachmentOf(example, d.offset, d.offset + d.length)?.kind)
        : verbsIn(example).map((v) => (v.kind === 'speech' ? 'statement' : v.kind));
    expect(kinds).toContain(kind);
  });

  // Each name, in a report of the last day of 2019, is that year's day.
  const holidayNames = HOLIDAYS.flatMap((h) => h.names.map((name) => [name, h] as const));
  it.each(holidayNames)('holiday: “%s”', (name, holiday) => {
    const [mention] = findDatesInSentence(
      { text: `The offices were closed on ${name}.`, offset: 0 },
      '2019-12-31',
      null,
    );
    const day = String(holidayDay(holiday, 2019)).padStart(2, '0');
    const month = String(holiday.month).padStart(2, '0');
    expect(mention?.start).toBe(`2019-${month}-${day}`);
  });
});
