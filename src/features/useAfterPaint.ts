import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, a frame late: what useDeferredValue promises, but kept. React renders a
 * deferred value in a task of its own, which the browser often runs before the
 * frame that shows the change, so the counts and the list held up that very
 * frame; here they wait until it has been painted. `initial` is what the first
 * render gets (by default the value itself).
 */
export function useAfterPaint<T>(value: T, initial: T = value): T {
  // Set through functions: a value that is itself a function is kept, not called.
  const [shown, setShown] = useState(() => initial);
  useEffect(() => {
    // A task queued from a frame's callback runs once that frame has been painted.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(() => value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return shown;
}
