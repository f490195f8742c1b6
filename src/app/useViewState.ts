/**
 * The view state, kept in the address bar. Every change is a history entry, so
 * Back and Forward walk through opened events and filter changes. The address is
 * written just after the frame that shows a change (shared/addressWrites.ts says why).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  changeView,
  parseViewState,
  serialiseViewState,
  type DaySpan,
  type ViewState,
} from '../shared/urlState';
import { queueWrite, type AddressWrite, type Write } from '../shared/addressWrites';

/** A hidden page gets no frames: the held write goes out by this time at the latest. */
const HELD_AT_MOST_MS = 200;

function writeAddress({ state, how }: AddressWrite<ViewState>): void {
  const search = serialiseViewState(state);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  window.history[how === 'replace' ? 'replaceState' : 'pushState'](null, '', url);
}

/** The write held until after the next frame (one address, so one for the page). */
let held: AddressWrite<ViewState> | null = null;

function flush(): void {
  const write = held;
  held = null;
  if (write) writeAddress(write);
}

/** Into the address after the next frame; Back and Forward's entries as if written at once. */
function write(next: AddressWrite<ViewState>): void {
  const queued = queueWrite(held, next);
  if (queued.now) writeAddress(queued.now);
  if (!held) {
    // After the frame: a task queued from the frame's own animation callback.
    requestAnimationFrame(() => setTimeout(flush));
    setTimeout(flush, HELD_AT_MOST_MS);
  }
  held = queued.held;
}

export function useViewState() {
  const [parsed, setParsed] = useState(() => parseViewState(window.location.search));
  // The latest state, readable from callbacks without re-creating them on every change.
  // It runs ahead of `parsed` while the window moves (see `writeWindow`).
  const latest = useRef(parsed.state);
  // Counts the entries Back and Forward have brought back: the same state can come back
  // twice in a row, and each time the timeline must return to the entry's window.
  const [restored, setRestored] = useState(0);

  useEffect(() => {
    const onPop = () => {
      // Back or Forward has already moved the address: a write still held would overwrite it.
      held = null;
      const next = parseViewState(window.location.search);
      latest.current = next.state;
      setParsed(next);
      setRestored((n) => n + 1);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((change: Partial<ViewState>, options: { replace?: boolean } = {}) => {
    const next = changeView(latest.current, change);
    write({ state: next, how: options.replace ? 'replace' : 'push' });
    latest.current = next;
    setParsed({ state: next, rejected: [] });
  }, []);

  /**
   * The window, into the address only: it changes every frame of a pan, and nothing
   * drawn depends on it (the timeline is already there). The next `update` carries it.
   */
  const writeWindow = useCallback((span: DaySpan | null, how: Write) => {
    latest.current = { ...latest.current, window: span };
    write({ state: latest.current, how });
  }, []);

  const current = useCallback(() => latest.current, []);

  return { view: parsed.state, rejected: parsed.rejected, update, writeWindow, current, restored };
}
