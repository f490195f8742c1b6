/**
 * Injected into every page the bench opens, before the page's own scripts: it
 * notes when the first timeline items are painted, records long tasks, and
 * times changes to the next painted frame. Plain JS: it runs in the browser as is.
 */
(() => {
  const afterPaint = () =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const probe = { firstItems: null, longTasks: [], afterPaint };
  window.__probe = probe;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  const watcher = new MutationObserver(() => {
    if (!document.querySelector('.vis-item:not(.vis-background)')) return;
    watcher.disconnect();
    void afterPaint().then(() => {
      probe.firstItems = performance.now();
    });
  });
  watcher.observe(document, { childList: true, subtree: true });

  probe.longestTaskSince = (since) =>
    Math.max(0, ...probe.longTasks.filter((t) => t.start >= since).map((t) => t.duration));

  /** Types into the app's search box and waits for the frame that shows the result. */
  probe.search = async (text) => {
    const input = document.querySelector('input[type="search"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const start = performance.now();
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await afterPaint();
    return performance.now() - start;
  };

  /**
   * Times one filter change as a reader makes it: `act` changes the filter (in this
   * task, as a reader's input event would), then the frame that shows it is awaited,
   * then the page going idle (the counts and the list follow in renders of their own).
   * Marks named `probe-start` and `probe-idle` (with `label`) delimit the change for
   * the bench's trace, which finds the frame and sums the main thread's tasks.
   */
  const timeChange = async (label, act) => {
    performance.mark(`probe-start:${label}`);
    const start = performance.now();
    act();
    await afterPaint();
    const toFrame = performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
    performance.mark(`probe-idle:${label}`);
    return toFrame;
  };

  /** The search box's text, set as typing sets it. */
  const typeSearch = (text) => {
    const input = document.querySelector('input[type="search"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  probe.textFilter = (label, text) => timeChange(label, () => typeSearch(text));

  /** Presses (or releases) the legend's `nth` kind that has events. */
  probe.kindFilter = (label, nth) =>
    timeChange(label, () =>
      document.querySelectorAll('.legend-kinds button:not([disabled])')[nth].click(),
    );

  /** Opens or closes the actors list, untimed, and waits until it is so (its options loaded). */
  probe.toggleActorList = async (open) => {
    document.querySelector('.actor-toggle').click();
    const done = () =>
      open
        ? document.querySelector('.actor-option input')
        : !document.querySelector('.actor-popover');
    while (!done()) await afterPaint();
    await afterPaint();
  };

  /** Chooses (or unchooses) the list's `nth` actor that has events. */
  probe.actorFilter = (label, nth) =>
    timeChange(label, () =>
      document.querySelectorAll('.actor-option input:not([disabled])')[nth].click(),
    );

  /**
   * One zoom step, as a reader makes it: the app's "Zoom in" button, or the same
   * zoomIn(0.5) on the bare page. `firstFrame` is when the response starts to
   * show; `settled` is when vis's 500 ms animation has ended and what the new
   * window holds is drawn.
   */
  probe.zoomIn = async () => {
    const bare = window.__timeline;
    const ended = new Promise((resolve) => {
      if (bare) {
        bare.on('rangechanged', resolve);
        return;
      }
      const canvas = document.querySelector('[data-testid="timeline"]');
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(canvas, { attributes: true, attributeFilter: ['data-window-end'] });
    });
    const start = performance.now();
    if (bare) bare.zoomIn(0.5);
    else document.querySelector('button[aria-label="Zoom in"]').click();
    await afterPaint();
    const firstFrame = performance.now() - start;
    await ended;
    await afterPaint();
    return { firstFrame, settled: performance.now() - start };
  };
})();
