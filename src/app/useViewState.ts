/**
 * The view state, kept in the address bar. Every change is a history entry, so
 * Back and Forward walk through opened events and filter changes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  changeView,
  parseViewState,
  serialiseViewState,
  type DaySpan,
  type ViewState,
} from '../shared/urlState';

type Write = 'push' | 'replace';

function writeAddress(state: ViewState, how: Write): void {
  const search = serialiseViewState(state);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (how === 'replace') window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
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
    writeAddress(next, options.replace ? 'replace' : 'push');
    latest.current = next;
    setParsed({ state: next, rejected: [] });
  }, []);

  /**
   * The window, into the address only: it changes every frame of a pan, and nothing
   * drawn depends on it (the timeline is already there). The next `update` carries it.
   */
  const writeWindow = useCallback((span: DaySpan | null, how: Write) => {
    latest.current = { ...latest.current, window: span };
    writeAddress(latest.current, how);
  }, []);

  const current = useCallback(() => latest.current, []);

  return { view: parsed.state, rejected: parsed.rejected, update, writeWindow, current, restored };
}
