/**
 * Address writes held back until after the frame that shows a change: a
 * `history.replaceState` or `pushState` costs 2–5 ms of the main thread (measured
 * at 10,000 events, the URL serialised and handed to the browser), which a filter
 * change cannot spare before its frame. Pure: what to write now and what to hold,
 * so that Back and Forward still walk through the same entries as when every
 * change was written at once.
 */
export type Write = 'push' | 'replace';

export interface AddressWrite<State> {
  state: State;
  how: Write;
}

export interface Queued<State> {
  /** Written at once, before `held`: an entry of its own that the next write must not merge into. */
  now: AddressWrite<State> | null;
  held: AddressWrite<State>;
}

/**
 * A write added to the one held. A replace only changes the entry the held write
 * makes (a push of the latest state is still one new entry); a push opens another
 * entry, so the held write goes first.
 */
export function queueWrite<State>(
  held: AddressWrite<State> | null,
  next: AddressWrite<State>,
): Queued<State> {
  if (!held) return { now: null, held: next };
  if (next.how === 'replace') return { now: null, held: { ...next, how: held.how } };
  return { now: held, held: next };
}
