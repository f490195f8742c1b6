import { describe, expect, it } from 'vitest';
import {
  changeView,
  EMPTY_VIEW,
  parseViewState,
  serialiseViewState,
  type ViewState,
} from '../../../src/shared/urlState';

describe('URL state', () => {
  it.each([
    ['', EMPTY_VIEW, []],
    ['?event=2019-02-14-pulwama-attack', { ...EMPTY_VIEW, event: '2019-02-14-pulwama-attack' }, []],
    ['?actor=pakistan,mike-pompeo', { ...EMPTY_VIEW, actors: ['mike-pompeo', 'pakistan'] }, []],
    [
      '?crisis=2019-pulwama-balakot&q=harbouring',
      { ...EMPTY_VIEW, crisis: '2019-pulwama-balakot', query: 'harbouring' },
      [],
    ],
    ['?from=2019-01-01&to=2019-12-31', { ...EMPTY_VIEW, from: '2019-01-01', to: '2019-12-31' }, []],
    ['?from=2019-12-31&to=2019-01-01', { ...EMPTY_VIEW, from: '2019-01-01', to: '2019-12-31' }, []],
    ['?from=2019-02-30', EMPTY_VIEW, ['from']],
    ['?event=<script>', EMPTY_VIEW, ['event']],
    ['?actor=ok,Not%20An%20Id', { ...EMPTY_VIEW, actors: ['ok'] }, ['actor']],
    ['?q=%E0%A4', { ...EMPTY_VIEW, query: '\uFFFD' }, []],
    // Found by the property test: "+" decodes to a space, which serialising drops.
    ['?q=+', EMPTY_VIEW, []],
    // Cut at 200 between characters, never through an emoji (a lone half breaks the link).
    [`?q=${'a'.repeat(199)}%F0%9F%98%80`, { ...EMPTY_VIEW, query: 'a'.repeat(199) }, []],
    ['?q=+sanctions', { ...EMPTY_VIEW, query: ' sanctions' }, []],
    ['?group=crisis', { ...EMPTY_VIEW, group: 'crisis' }, []],
    ['?group=sideways', EMPTY_VIEW, ['group']],
    ['?kind=strike,attack', { ...EMPTY_VIEW, kinds: ['attack', 'strike'] }, []],
    ['?kind=attack,rumour', { ...EMPTY_VIEW, kinds: ['attack'] }, ['kind']],
    ['?match=all', { ...EMPTY_VIEW, actorMatch: 'all' }, []],
    ['?match=most', EMPTY_VIEW, ['match']],
    ['?context=hide', { ...EMPTY_VIEW, showContext: false }, []],
    ['?context=maybe', EMPTY_VIEW, ['context']],
    ['?view=aligned', { ...EMPTY_VIEW, mode: 'aligned' }, []],
    ['?view=3d', EMPTY_VIEW, ['view']],
    ['?days=-3..30', { ...EMPTY_VIEW, days: { from: -3, to: 30 } }, []],
    ['?days=-0..7', { ...EMPTY_VIEW, days: { from: 0, to: 7 } }, []],
    ['?days=30..-3', EMPTY_VIEW, ['days']],
    ['?days=0..99999', EMPTY_VIEW, ['days']],
    ['?days=1.5..3', EMPTY_VIEW, ['days']],
    ['?about=1', { ...EMPTY_VIEW, about: true }, []],
    ['?about=yes', EMPTY_VIEW, ['about']],
    ['?add=1', { ...EMPTY_VIEW, adding: true }, []],
    ['?add=yes', EMPTY_VIEW, ['add']],
    [
      '?window=2019-03-04..2019-03-25',
      { ...EMPTY_VIEW, window: { start: '2019-03-04', end: '2019-03-25' } },
      [],
    ],
    [
      '?window=2019-03-04..2019-03-04',
      { ...EMPTY_VIEW, window: { start: '2019-03-04', end: '2019-03-04' } },
      [],
    ],
    ['?window=2019-03-25..2019-03-04', EMPTY_VIEW, ['window']],
    ['?window=2019-02-30..2019-03-04', EMPTY_VIEW, ['window']],
    ['?window=2019-03-04', EMPTY_VIEW, ['window']],
    ['?window=2019-03-04..2019-03-05..2019-03-06', EMPTY_VIEW, ['window']],
    ['?embed=1', { ...EMPTY_VIEW, embed: true }, []],
    ['?embed=true', EMPTY_VIEW, ['embed']],
  ])('parses %j', (search, state, rejected) => {
    expect(parseViewState(search)).toEqual({ state, rejected });
  });

  it('serialises to a stable, readable query', () => {
    expect(serialiseViewState({ ...EMPTY_VIEW, actors: ['pakistan', 'india'], event: 'x' })).toBe(
      '?event=x&actor=india,pakistan',
    );
    expect(serialiseViewState(EMPTY_VIEW)).toBe('');
    expect(serialiseViewState({ ...EMPTY_VIEW, adding: true })).toBe('?add=1');
  });

  it('round-trips', () => {
    const state = {
      event: 'e-1',
      actors: ['a', 'b'],
      crisis: 'c',
      query: 'sanctions & aid',
      from: '2016-01-01',
      to: '2017-01-01',
      group: 'actor-kind' as const,
      actorMatch: 'all' as const,
      kinds: ['attack' as const, 'summit' as const],
      showContext: false,
      mode: 'aligned' as const,
      days: { from: -7, to: 60 },
      about: true,
      adding: true,
      window: { start: '2019-03-04', end: '2019-03-25' },
      embed: true,
    };
    expect(parseViewState(serialiseViewState(state)).state).toEqual(state);
  });
});

describe('changeView', () => {
  const moved: ViewState = { ...EMPTY_VIEW, window: { start: '2019-03-04', end: '2019-03-25' } };
  it.each<[string, Partial<ViewState>, boolean]>([
    ['a crisis chosen places the window anew', { crisis: 'c' }, false],
    ['dates chosen place it anew', { from: '2019-01-01', to: '2019-02-01' }, false],
    ['a search keeps it', { query: 'aid' }, true],
    ['an event opened keeps it', { event: 'e' }, true],
    ['the other view keeps it, for coming back', { mode: 'aligned' }, true],
    ['a crisis cleared keeps it: nothing moves', { crisis: null }, true],
    ['dates cleared keep it', { from: null, to: null }, true],
  ])('%s', (_name, change, kept) => {
    expect(changeView(moved, change).window).toEqual(kept ? moved.window : null);
  });

  it('keeps a window given with the change', () => {
    const window = { start: '2020-01-01', end: '2020-02-01' };
    expect(changeView(moved, { crisis: 'c', window }).window).toBe(window);
  });
});
