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
