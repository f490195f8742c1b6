import { useEffect, useRef } from 'react';

export interface Shortcuts {
  previous(): void;
  next(): void;
  close(): void;
  focusSearch(): void;
  zoomIn(): void;
  zoomOut(): void;
}

/** Typing in a field must not move the timeline: shortcuts apply only outside inputs. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function useKeyboardShortcuts(shortcuts: Shortcuts) {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Escape') {
        latest.current.close();
        return;
      }
      if (isTyping(e.target)) return;
      const action = {
        ArrowLeft: latest.current.previous,
        ArrowRight: latest.current.next,
        '/': latest.current.focusSearch,
        '+': latest.current.zoomIn,
        '=': latest.current.zoomIn,
        '-': latest.current.zoomOut,
      }[e.key];
      if (action) {
        e.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
