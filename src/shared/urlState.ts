/**
 * The whole view lives in the query string so any address can be shared:
 * ?event=<id>&actor=<id>,<id>&crisis=<id>&q=<text>&from=YYYY-MM-DD&to=YYYY-MM-DD
 * Parsing never throws: a bad value is dropped (and reported), the rest still works.
 */
import { isCalendarDay } from './partialDate';

/** How the timeline's lanes are split. */
export const GROUPINGS = ['none', 'crisis', 'actor-kind'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface ViewState {
  event: string | null;
  actors: string[];
  crisis: string | null;
  query: string;
  from: string | null;
  to: string | null;
  group: Grouping;
}

export const EMPTY_VIEW: ViewState = {
  event: null,
  actors: [],
  crisis: null,
  query: '',
  from: null,
  to: null,
  group: 'none',
};

const ID = /^[a-z0-9][a-z0-9_-]{0,127}$/;
const MAX_QUERY = 200;

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
  const query = (params.get('q') ?? '').slice(0, MAX_QUERY);
  const groupParam = params.get('group');
  const group = GROUPINGS.find((g) => g === groupParam) ?? 'none';
  if (groupParam !== null && groupParam !== group) rejected.push('group');
  return {
    state: {
      event: id('event'),
      actors: validActors.sort(),
      crisis: id('crisis'),
      query: query.trim() === '' ? '' : query,
      from,
      to,
      group,
    },
    rejected,
  };
}

/** A stable query string: same state, same string, so history entries compare equal. */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.event) params.set('event', state.event);
  if (state.actors.length > 0) params.set('actor', [...state.actors].sort().join(','));
  if (state.crisis) params.set('crisis', state.crisis);
  if (state.query.trim() !== '') params.set('q', state.query);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.group !== 'none') params.set('group', state.group);
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

export function isFiltered(state: ViewState): boolean {
  return (
    state.actors.length > 0 ||
    state.crisis !== null ||
    state.query.trim() !== '' ||
    state.from !== null ||
    state.to !== null
  );
}
