/**
 * The day an undated happening is placed on, seen from where it happened: a
 * paper dated far east of the speaker carries the speaker's news of the day
 * before. Countries, outlets and sentences are invented here.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/schema';
import type { KnowledgeBase } from '../../../src/pipeline/knowledge/knowledgeSchema';
import { createPublisherCountry } from '../../../src/pipeline/assembly/reportingDay';
import { createPipeline } from '../../../src/pipeline/runPipeline';
import { testArticle } from './article';

const kb: KnowledgeBase = {
  actors: [
    {
      id: 'westland',
      name: 'Westland',
      shortName: 'Westland',
      kind: 'country',
      aliases: ['Westland'],
      utcOffset: -5,
      webDomain: 'wl',
    },
    {
      id: 'eastmark',
      name: 'Eastmark',
      shortName: 'Eastmark',
      kind: 'country',
      aliases: ['Eastmark'],
      utcOffset: 5.5,
      webDomain: 'em',
    },
    {
      id: 'ada-vane',
      name: 'Ada Vane',
      shortName: 'Vane',
      kind: 'person',
      country: 'westland',
      aliases: ['Ada Vane'],
    },
    {
      id: 'ben-holt',
      name: 'Ben Holt',
      shortName: 'Holt',
      kind: 'person',
      country: 'westland',
      aliases: ['Ben Holt'],
    },
    {
      id: 'omar-reyes',
      name: 'Omar Reyes',
      shortName: 'Reyes',
      kind: 'person',
      country: 'eastmark',
      aliases: ['Omar Reyes'],
    },
  ],
  incidents: [],
  crises: [],
  outlets: [
    {
      id: 'eastmark-herald',
      name: 'Eastmark Herald',
      country: 'eastmark',
      domains: ['herald-news.com'],
      names: ['Eastmark Herald'],
      sources: ['https://example.org/eastmark-herald'],
    },
  ],
};
const countries = kb.actors.filter((a) => a.kind === 'country');
const publisherCountry = createPublisherCountry(kb.outlets!, countries);
const pipeline = createPipeline(kb);

const article = (text: string, where: Partial<Pick<Article, 'url' | 'outlet'>>): Article => ({
  ...testArticle(text, '2021-03-17', 'a'),
  ...where,
});
const IN_EASTMARK = { url: 'https://www.herald-news.com/world/1' };
const IN_WESTLAND = { url: 'https://daily.example.wl/story' };
const dateOf = (text: string, where: Partial<Article>, title: RegExp) =>
  pipeline.build([article(text, where)]).events.find((e) => title.test(e.title))?.date;

describe('the country a report is dated in', () => {
  it.each([
    [
      'an outlet’s own domain, with a subdomain',
      { url: 'https://m.herald-news.com/x' },
      'eastmark',
    ],
    ['a country’s web domain', { url: 'https://news.example.em/x' }, 'eastmark'],
    [
      'the carrier a manifest names last',
      { url: null, outlet: 'Wire, carried by Eastmark Herald' },
      'eastmark',
    ],
    ['nothing known', { url: 'https://example.com/x', outlet: 'A blog' }, null],
    ['a masthead only inside a longer name', { url: null, outlet: 'Eastmark Heralds' }, null],
  ])('%s', (_case, where, country) => {
    expect(publisherCountry(article('', where))?.id ?? null).toBe(country);
  });
});

describe('undated news from far west of the outlet', () => {
  const said = 'Ada Vane said her country wants the talks to resume.';

  it('is placed on or before the day before publication in a paper far east', () => {
    expect(dateOf(said, IN_EASTMARK, /Vane/)).toMatchObject({
      start: '2021-03-16',
      basis: 'publication',
      onOrBefore: true,
    });
  });

  it.each([
    ['in a paper of the speaker’s own country', said, IN_WESTLAND, /Vane/],
    [
      'by a speaker of the paper’s own country',
      'Omar Reyes said talks should resume.',
      IN_EASTMARK,
      /Reyes/,
    ],
    [
      'a call between both ends',
      'Ada Vane spoke by telephone with Omar Reyes about the border.',
      IN_EASTMARK,
      /Vane|Reyes/,
    ],
  ])('stays on the publication day %s', (_case, text, where, title) => {
    expect(dateOf(text, where, title)?.start).toBe('2021-03-17');
  });

  it('stays when the text dates that side’s news to the publication day itself', () => {
    const text = `Ben Holt on Wednesday announced new aid. ${said}`;
    expect(dateOf(text, IN_EASTMARK, /Vane/)?.start).toBe('2021-03-17');
    expect(dateOf(said, IN_EASTMARK, /Vane/)?.start).toBe('2021-03-16');
  });
});
