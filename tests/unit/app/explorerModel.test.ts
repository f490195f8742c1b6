import { describe, expect, it } from 'vitest';
import {
  actorsShown,
  countByKind,
  effectiveViewOf,
  fileModel,
  noticesOf,
  outsideCrisesCount,
  selectionOf,
  shownEvents,
  shownOf,
  shownWithout,
  windowPlacement,
} from '../../../src/app/explorerModel';
import { countByActor } from '../../../src/shared/actorCounts';
import { EMPTY_VIEW, type ViewState } from '../../../src/shared/urlState';
import type { TimelineEvent, TimelineFile } from '../../../src/shared/schema';
import { detailsOfFile } from '../../../src/shared/timelineDetails';

const event = (
  id: string,
  start: string,
  kind: TimelineEvent['kind'],
  actors: string[],
  crisis: string | null,
): TimelineEvent => ({
  id,
  title: `${id} title`,
  kind,
  date: { start, precision: 'day', basis: 'explicit', explanation: '' },
  actors: actors.map((a) => ({ id: a, role: 'speaker' as const })),
  crisis,
  sources: [{ article: 'a', excerpt: id, offset: 0, length: id.length, published: start }],
});

// Four invented events, out of order, in two crises and none.
const FILE: TimelineFile = {
  schemaVersion: 1,
  articles: [],
  actors: [
    { id: 'us', name: 'United States', shortName: 'US', kind: 'country' },
    { id: 'envoy', name: 'Ann Envoy', shortName: 'Envoy', kind: 'person', country: 'us' },
    { id: 'group', name: 'Some Group', shortName: 'SG', kind: 'militant-group' },
  ],
  crises: [
    {
      id: 'c1',
      name: 'First',
      start: '2019-02-01',
      end: '2019-03-31',
      trigger: null,
      description: '',
    },
    {
      id: 'c2',
      name: 'Second',
      start: '2025-04-01',
      end: '2025-05-31',
      trigger: null,
      description: '',
    },
  ],
  events: [
    event('late', '2025-04-23', 'statement', ['envoy'], 'c2'),
    event('blast', '2019-02-14', 'attack', ['group'], 'c1'),
    event('call', '2019-02-20', 'meeting', ['us', 'envoy'], 'c1'),
    event('aside', '2021-06-01', 'statement', ['us'], null),
  ],
};
const file = fileModel(FILE, detailsOfFile(FILE));
const view = (change: Partial<ViewState> = {}): ViewState => ({ ...EMPTY_VIEW, ...change });
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe('fileModel', () => {
  it('orders the events by date and spans them all', () => {
    expect(ids(file.ordered)).toEqual(['blast', 'call', 'aside', 'late']);
    expect(file.allEvents?.start).toBe(Date.UTC(2019, 1, 14));
    expect(file.chapterCrises.withEvents.map((c) => c.id)).toEqual(['c1', 'c2']);
  });
});

describe('effectiveViewOf', () => {
  it.each([
    ['keeps known ids', view({ actors: ['us'], crisis: 'c1' }), ['us'], 'c1'],
    ['drops an unknown actor', view({ actors: ['us', 'ghost'] }), ['us'], null],
    ['drops an unknown crisis', view({ crisis: 'c9' }), [], null],
  ])('%s', (_, given, actors, crisis) => {
    const effective = effectiveViewOf(given, file, 'fixed query');
    expect(effective.actors).toEqual(actors);
    expect(effective.crisis).toBe(crisis);
    expect(effective.query).toBe('fixed query');
  });
});

describe('filters and counts', () => {
  it.each([
    ['nothing set', view(), ['blast', 'call', 'aside', 'late']],
    ['a crisis', view({ crisis: 'c1' }), ['blast', 'call']],
    ['a kind', view({ kinds: ['attack'] }), ['blast']],
    ['an official counts for the country', view({ actors: ['us'] }), ['call', 'aside', 'late']],
  ])('%s', (_, given, expected) => {
    expect(ids(shownEvents(file, given))).toEqual(expected);
  });

  it.each([
    ['nothing set', view()],
    ['a search and an actor', view({ query: 'title', actors: ['envoy'] })],
    ['every actor, any of them', view({ actors: ['us', 'group'] })],
    ['two actors, all of them', view({ actors: ['us', 'envoy'], actorMatch: 'all' })],
    ['nothing matches', view({ kinds: ['attack'], crisis: 'c2' })],
  ])('indexes what is shown by position, as the events listed: %s', (_, given) => {
    const { events, starts } = shownOf(file, given);
    expect(ids(events)).toEqual(ids(shownEvents(file, given)));
    expect([...starts]).toEqual(events.map((e) => Date.parse(e.date.start)));
  });

  it('offers each filter what the others leave', () => {
    const v = view({ crisis: 'c1', kinds: ['attack'] });
    const shown = shownOf(file, v);
    expect(ids(shownWithout(file, v, shown, 'crisis').events)).toEqual(['blast']);
    expect(ids(shownWithout(file, v, shown, 'kinds').events)).toEqual(['blast', 'call']);
    // Unset, the filter's offer is what is shown: the same, not a new pass.
    const all = shownOf(file, view());
    expect(shownWithout(file, view(), all, 'kinds')).toBe(all);
  });

  it('shows every event with the file’s own index, and counts events outside the chapters', () => {
    const index = shownOf(file, view());
    expect(index).toBe(file.timeIndex);
    const { events } = index;
    expect(ids(events)).toEqual(ids(file.ordered));
    expect(outsideCrisesCount(file, events)).toBe(1);
    expect(countByKind(events)).toEqual(
      new Map([
        ['attack', 1],
        ['meeting', 1],
        ['statement', 2],
      ]),
    );
  });

  it('counts each actor as choosing it would: alone with "any", among the chosen with "all"', () => {
    expect(countByActor(actorsShown(file, view({ actors: ['group'] }))).get('us')).toBe(3);
    expect(
      countByActor(actorsShown(file, view({ actors: ['envoy'], actorMatch: 'all' }))).get('us'),
    ).toBe(2);
  });
});

describe('selectionOf', () => {
  it('walks what is shown from a shown event', () => {
    const v = view({ crisis: 'c1' });
    const s = selectionOf(file, 'call', v, shownEvents(file, v));
    expect([s.previous?.id, s.selected?.id, s.next?.id]).toEqual(['blast', 'call', undefined]);
    expect(s.hiding).toEqual([]);
  });

  it('walks every event from one the filters hide, and says which filter hides it', () => {
    const v = view({ crisis: 'c1' });
    const s = selectionOf(file, 'aside', v, shownEvents(file, v));
    expect([s.previous?.id, s.next?.id]).toEqual(['call', 'late']);
    expect(s.hiding).toEqual(['crisis']);
  });

  it('has nothing open for no id or an unknown one', () => {
    for (const id of [null, 'ghost'])
      expect(selectionOf(file, id, view(), file.ordered).selected).toBeNull();
  });

  it('says what a link named that the file lacks', () => {
    const v = view({ event: 'ghost', actors: ['nobody'] });
    const notices = noticesOf(v, file, null, []);
    expect(notices.join(' ')).toContain('ghost');
    expect(notices.join(' ')).toContain('nobody');
  });
});

describe('windowPlacement', () => {
  const days = { start: '2019-02-10', end: '2019-02-20' };
  it.each([
    [
      'the window the address names first',
      view({ window: days, crisis: 'c1' }),
      false,
      { show: 'days', days },
    ],
    [
      'then the dates chosen',
      view({ from: '2019-01-01', to: '2019-01-31', crisis: 'c1' }),
      false,
      { show: 'span', from: '2019-01-01', to: '2019-01-31' },
    ],
    [
      'then the crisis',
      view({ crisis: 'c2' }),
      false,
      { show: 'span', from: '2025-04-01', to: '2025-05-31' },
    ],
    ['an unknown crisis places nothing', view({ crisis: 'c9' }), false, null],
    ['Back to an entry naming none: the opening', view(), true, { show: 'opening' }],
    ['nothing named, nothing restored: the reader’s window stays', view(), false, null],
  ])('%s', (_, given, restored, expected) => {
    expect(windowPlacement(given, file.crisisById, restored)).toEqual(expected);
  });
});
