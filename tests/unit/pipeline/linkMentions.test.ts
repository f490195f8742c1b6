import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/pipeline/knowledge/loadKnowledge';
import { createLinker } from '../../../src/pipeline/stages/linkMentions';
import { splitSentences } from '../../../src/pipeline/stages/splitSentences';
import { testArticle } from './article';

const kb = loadKnowledge('seeds');
const linker = createLinker(kb);

function link(text: string, published = '2019-06-08') {
  const article = testArticle(text, published);
  const sentences = splitSentences('t', text);
  return linker.link(
    article,
    sentences,
    sentences.map(() => []),
  );
}
const actorsOf = (text: string, published?: string) =>
  link(text, published).flatMap((s) => s.actors.map((a) => `${a.text}→${a.actorId}(${a.via})`));

describe('linkMentions: actors', () => {
  it.each([
    [
      'names and aliases',
      'Secretary of State Mike Pompeo met JeM critics.',
      ['Mike Pompeo→mike-pompeo(alias)', 'JeM→jem(alias)'],
    ],
    ['the longest name wins', 'Indian jets struck.', ['Indian jets→indian-air-force(alias)']],
    ['nationality adjectives', 'Pakistani officials bristle.', ['Pakistani→pakistan(adjective)']],
    [
      'officials of a body',
      'A senior State Department official said so.',
      ['senior State Department official→us-state-department(official)'],
    ],
    [
      'a surname after the full name',
      'Alice Wells spoke. Later Wells left.',
      ['Alice Wells→alice-wells(alias)', 'Wells→alice-wells(surname)'],
    ],
    [
      'not a surname before the full name',
      'Wells spoke. Alice Wells left.',
      ['Alice Wells→alice-wells(alias)'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(actorsOf(text)).toEqual(expected);
  });

  it('reads an office title as a person only while they held it', () => {
    expect(actorsOf('The Pakistani premier wrote.', '2019-06-08')).toEqual([
      'Pakistani premier→imran-khan(title)',
    ]);
    expect(actorsOf('The Pakistani premier wrote.', '2024-01-01')).toEqual([
      'Pakistani→pakistan(adjective)',
    ]);
  });
});

describe('linkMentions: incidents', () => {
  it('links by alias and by cue words', () => {
    const [first, second] = link(
      'The Pulwama attack shocked India. Jets carried out air strikes in Balakot.',
      '2019-03-16',
    );
    expect(first!.incidents.map((i) => [i.incidentId, i.via])).toEqual([
      ['pulwama-attack', 'alias'],
    ]);
    expect(second!.incidents.map((i) => [i.incidentId, i.via])).toEqual([
      ['balakot-airstrike', 'cue'],
    ]);
  });

  it('reads a generic phrase as an incident only inside its crisis', () => {
    expect(
      link("India's attacks were condemned.", '2025-05-09')[0]!.incidents.map((i) => i.incidentId),
    ).toEqual(['operation-sindoor']);
    expect(link("India's attacks were condemned.", '2019-03-01')[0]!.incidents).toEqual([]);
  });

  it('picks the latest occurrence of a recurring incident on or before publication', () => {
    const mention = (published: string) =>
      link('Rubio has spoken separately with both leaders.', published)[0]!.incidents[0]!.start;
    expect(mention('2025-05-09')).toBe('2025-05-08');
    expect(mention('2025-05-02')).toBe('2025-04-30');
  });
});
