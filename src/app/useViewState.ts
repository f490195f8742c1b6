/**
 * The view state, kept in the address bar. Every change is a history entry, so
 * Back and Forward walk through opened events and filter changes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseViewState, serialiseViewState, type ViewState } from '../shared/urlState';

export function useViewState() {
  const [parsed, setParsed] = useState(() => parseViewState(window.location.search));
  // The latest state, readable from callbacks without re-creating them on every change.
  const latest = useRef(parsed.state);
  latest.current = parsed.state;

  useEffect(() => {
    const onPop = () => setParsed(parseViewState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((change: Partial<ViewState>, options: { replace?: boolean } = {}) => {
    const next = { ...latest.current, ...change };
    const search = serialiseViewState(next);
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (options.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    latest.current = next;
    setParsed({ state: next, rejected: [] });
  }, []);

  return { view: parsed.state, rejected: parsed.rejected, update };
}
