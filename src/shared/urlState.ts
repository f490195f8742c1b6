/**
 * The whole view lives in the query string so any address can be shared:
 * ?event=<id>&actor=<id>,<id>&match=all&kind=<kind>,<kind>&crisis=<id>&q=<text>
 *  &from=YYYY-MM-DD&to=YYYY-MM-DD&window=YYYY-MM-DD..YYYY-MM-DD&context=hide&group=<grouping>
 *  &view=aligned&days=-3..30&about=1&add=1&embed=1
 * Parsing never throws: a bad value is dropped (and reported), the rest still works.
 */
import { clipText } from './clipText';
import { ID_PATTERN } from './ids';
import { isCalendarDay } from './partialDate';
import { EVENT_KINDS, type EventKind } from './vocabulary';

/** How the timeline's lanes are split. */
export const GROUPINGS = ['none', 'crisis', 'actor-kind'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** The calendar timeline, or the crises side by side, each counted in days from its trigger. */
export const VIEW_MODES = ['calendar', 'aligned'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** Several actors chosen: events with any of them, or only those with all of them. */
export const ACTOR_MATCHES = ['any', 'all'] as const;
export type ActorMatch = (typeof ACTOR_MATCHES)[number];

export interface ViewState {
  event: string | null;
  actors: string[];
  actorMatch: ActorMatch;
  kinds: EventKind[];
  crisis: string | null;
  query: string;
  from: string | null;
  to: string | null;
  group: Grouping;
  /** Context (named in passing, or still to come) is drawn by default, quieter than news. */
  showContext: boolean;
  mode: ViewMode;
  /** The stretch of the aligned view, in days from each crisis's trigger; null for all of it. */
  days: { from: number; to: number } | null;
  /** "About this timeline" is open. */
  about: boolean;
  /** The workspace is open, where a person adds their own articles. */
  adding: boolean;
  /**
   * The stretch the calendar timeline shows, first and last day, once the reader has
   * moved it; null while it is where the other parameters put it (a crisis, the dates).
   * Not a filter: what lies outside is still there, a pan away.
   */
  window: DaySpan | null;
  /** The timeline alone, for an iframe in someone else's page. */
  embed: boolean;
}

/** Two calendar days, `YYYY-MM-DD`, the first not after the second. */
export interface DaySpan {
  start: string;
  end: string;
}

export const EMPTY_VIEW: ViewState = {
  event: null,
  actors: [],
  actorMatch: 'any',
  kinds: [],
  crisis: null,
  query: '',
  from: null,
  to: null,
  group: 'none',
  showContext: true,
  mode: 'calendar',
  days: null,
  about: false,
  adding: false,
  window: null,
  embed: false,
};

/** The schema's ids (ids.ts): a link to an event the file can hold is never dropped as too long. */
const ID = ID_PATTERN;
/** "-3..30": whole days, within ten years of the trigger, the first before the second. */
const DAYS = /^(-?\d{1,4})\.\.(-?\d{1,4})$/;
const MAX_DAYS = 3650;

function parseDays(value: string): { from: number; to: number } | null {
  const match = DAYS.exec(value);
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  if (from >= to || Math.abs(from) > MAX_DAYS || Math.abs(to) > MAX_DAYS) return null;
  // "-0" is 0: written back as "0", so the same link always reads the same.
  return { from: from || 0, to: to || 0 };
}
const MAX_QUERY = 200;

function parseDaySpan(value: string): DaySpan | null {
  const [start, end, ...rest] = value.split('..');
  if (start === undefined || end === undefined || rest.length > 0) return null;
  if (!isCalendarDay(start) || !isCalendarDay(end) || start > end) return null;
  return { start, end };
}

export interface ParsedView {
  state: ViewState;
  /** Parameters that were present but unusable, for a notice. */
  rejected: string[];
}

export function parseViewState(search: string): ParsedView {
  const params = new URLSearchParams(search);
  const rejected: string[] = [];
  const id = (name: string): string | null => {
    const value = params.get(name);
    if (value === null || value === '') return null;
    if (ID.test(value)) return value;
    rejected.push(name);
    return null;
  };
  const day = (name: string): string | null => {
    const value = params.get(name);
    if (value === null || value === '') return null;
    if (isCalendarDay(value)) return value;
    rejected.push(name);
    return null;
  };
  const actorParam = params.get('actor') ?? '';
  const actors = [...new Set(actorParam.split(',').filter((a) => a !== ''))];
  const validActors = actors.filter((a) => ID.test(a));
  if (validActors.length !== actors.length) rejected.push('actor');
  let from = day('from');
  let to = day('to');
  if (from && to && from > to) [from, to] = [to, from];
  // A query of only spaces is no query; serialising drops it, so parsing must too.
  const query = clipText(params.get('q') ?? '', MAX_QUERY);
  const oneOf = <T extends string>(name: string, values: readonly T[], fallback: T): T => {
    const value = params.get(name);
    const found = values.find((v) => v === value);
    if (value !== null && found === undefined) rejected.push(name);
    return found ?? fallback;
  };
  const daysParam = params.get('days');
  const days = daysParam === null || daysParam === '' ? null : parseDays(daysParam);
  if (daysParam && !days) rejected.push('days');
  const windowParam = params.get('window');
  const span = windowParam ? parseDaySpan(windowParam) : null;
  if (windowParam && !span) rejected.push('window');
  const kindParam = (params.get('kind') ?? '').split(',').filter((k) => k !== '');
  const kinds = EVENT_KINDS.filter((k) => kindParam.includes(k));
  if (new Set(kindParam).size !== kinds.length) rejected.push('kind');
  return {
    state: {
      event: id('event'),
      actors: validActors.sort(),
      actorMatch: oneOf('match', ACTOR_MATCHES, 'any'),
      kinds,
      crisis: id('crisis'),
      query: query.trim() === '' ? '' : query,
      from,
      to,
      group: oneOf('group', GROUPINGS, 'none'),
      showContext: oneOf('context', ['show', 'hide'], 'show') === 'show',
      mode: oneOf('view', VIEW_MODES, 'calendar'),
      days,
      about: oneOf('about', ['1'], '') === '1',
      adding: oneOf('add', ['1'], '') === '1',
      window: span,
      embed: oneOf('embed', ['1'], '') === '1',
    },
    rejected,
  };
}

/** A stable query string: same state, same string, so history entries compare equal. */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.event) params.set('event', state.event);
  if (state.actors.length > 0) params.set('actor', [...state.actors].sort().join(','));
  // "all" only means something with two or more actors, but is kept: the choice is the reader's.
  if (state.actorMatch !== 'any') params.set('match', state.actorMatch);
  if (state.kinds.length > 0)
    params.set('kind', EVENT_KINDS.filter((k) => state.kinds.includes(k)).join(','));
  if (state.crisis) params.set('crisis', state.crisis);
  if (state.query.trim() !== '') params.set('q', state.query);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.group !== 'none') params.set('group', state.group);
  if (!state.showContext) params.set('context', 'hide');
  if (state.mode !== 'calendar') params.set('view', state.mode);
  if (state.days) params.set('days', `${state.days.from}..${state.days.to}`);
  if (state.window) params.set('window', `${state.window.start}..${state.window.end}`);
  if (state.about) params.set('about', '1');
  if (state.adding) params.set('add', '1');
  if (state.embed) params.set('embed', '1');
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

/**
 * The state after `change`. A crisis or dates chosen place the window anew (a crisis
 * opens on its weeks), so a window the reader had moved to is dropped with them.
 */
export function changeView(state: ViewState, change: Partial<ViewState>): ViewState {
  // Cleared, a filter moves nothing: the reader stays where they are.
  const replaces = (key: 'crisis' | 'from' | 'to') =>
    key in change && change[key] != null && change[key] !== state[key];
  const placesWindow =
    !('window' in change) && (replaces('crisis') || replaces('from') || replaces('to'));
  return { ...state, ...change, ...(placesWindow ? { window: null } : {}) };
}

/** What "Clear all filters" sets: every filter off, the way of looking (lanes, view) kept. */
export const NO_FILTERS = {
  actors: [],
  kinds: [],
  crisis: null,
  query: '',
  from: null,
  to: null,
  showContext: true,
} satisfies Partial<ViewState>;

export function isFiltered(state: ViewState): boolean {
  return (
    state.actors.length > 0 ||
    state.kinds.length > 0 ||
    !state.showContext ||
    state.crisis !== null ||
    state.query.trim() !== '' ||
    state.from !== null ||
    state.to !== null
  );
}
