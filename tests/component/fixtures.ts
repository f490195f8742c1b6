/** A small, hand-written data file for component tests: two articles, three events. */
import type { TimelineFile } from '../../src/shared/schema';

const text000 =
  'Intro. Earlier in the day, Pompeo told Fox News that Pakistan has to stop harbouring terrorists. End.';
const text004 =
  'On Monday, during a visit to Kabul, Tillerson urged Pakistan to act against safe havens on its soil.';

export const DATA: TimelineFile = {
  schemaVersion: 1,
  articles: [
    {
      id: '000',
      headline: 'US presses Pakistan',
      outlet: 'PTI',
      published: '2019-03-16',
      dateline: 'Washington',
      url: 'https://example.com/a',
      text: text000,
    },
    {
      id: '004',
      headline: null,
      outlet: 'Reuters',
      published: '2017-10-27',
      dateline: 'Washington',
      url: null,
      text: text004,
    },
  ],
  actors: [
    {
      id: 'mike-pompeo',
      name: 'Mike Pompeo',
      shortName: 'Pompeo',
      kind: 'person',
      country: 'us',
      role: 'US Secretary of State, 2018–2021',
    },
    {
      id: 'rex-tillerson',
      name: 'Rex Tillerson',
      shortName: 'Tillerson',
      kind: 'person',
      country: 'us',
    },
    { id: 'pakistan', name: 'Pakistan', shortName: 'Pakistan', kind: 'country' },
  ],
  crises: [
    {
      id: '2019-pulwama-balakot',
      name: '2019: Pulwama–Balakot crisis',
      start: '2019-02-14',
      end: '2019-03-31',
      trigger: null,
      description: 'd',
    },
  ],
  events: [
    {
      id: '2017-10-23-tillerson-bagram',
      title: 'Tillerson urges Pakistan to act on safe havens',
      kind: 'meeting',
      date: {
        start: '2017-10-23',
        precision: 'day',
        basis: 'relative',
        expression: 'On Monday',
        explanation:
          '“On Monday” → Monday 23 October 2017, counted back from the article of Friday 27 October 2017.',
      },
      actors: [
        { id: 'rex-tillerson', role: 'speaker' },
        { id: 'pakistan', role: 'target' },
      ],
      crisis: null,
      place: 'Kabul',
      sources: [
        {
          article: '004',
          excerpt: text004,
          offset: 0,
          length: text004.length,
          published: '2017-10-27',
        },
      ],
    },
    {
      id: '2018-01-us-aid',
      title: 'US stops security assistance',
      kind: 'policy',
      date: {
        start: '2018-01',
        precision: 'month',
        basis: 'explicit',
        expression: 'January 2018',
        explanation: '“January 2018” → January 2018.',
      },
      actors: [{ id: 'pakistan', role: 'target' }],
      crisis: null,
      sources: [
        { article: '000', excerpt: 'Intro.', offset: 0, length: 6, published: '2019-03-16' },
      ],
    },
    {
      id: '2019-03-15-mike-pompeo-on-pakistan',
      title: 'Pompeo: Pakistan has to stop harbouring terrorists',
      kind: 'statement',
      date: {
        start: '2019-03-15',
        precision: 'day',
        basis: 'relative',
        expression: 'Earlier in the day',
        explanation: 'same day',
      },
      actors: [
        { id: 'mike-pompeo', role: 'speaker' },
        { id: 'pakistan', role: 'target' },
      ],
      crisis: '2019-pulwama-balakot',
      sources: [
        {
          article: '000',
          excerpt: text000.slice(7, 96),
          offset: 7,
          length: 89,
          published: '2019-03-16',
        },
      ],
    },
  ],
};
