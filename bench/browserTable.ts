/** The browser part's printout: pages side by side, then each filter in the app. */
import type { FilterName, FilterSample, PageResult, SizeResult } from './browser';
import { cell, median } from './stats';

function column(page: PageResult, pick: (run: PageResult['runs'][number]) => number[]): string {
  if (page.timedOutAfterMs !== undefined && page.runs.length === 0)
    return `none in ${page.timedOutAfterMs / 1000} s`;
  return cell(page.runs.flatMap(pick));
}

/** Rows padded to their columns' widths, each line indented. */
function aligned(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((row) => `  ${row.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd());
}

function pagesTable(sizes: SizeResult[]): string[] {
  const rows: string[][] = [
    [
      'events',
      'page',
      'first items ms',
      'zoom: 1st frame ms',
      'zoom: settled ms',
      'heap MB',
      'longest task ms',
    ],
  ];
  for (const size of sizes)
    for (const name of ['app', 'bare'] as const) {
      const page = size[name];
      rows.push([
        `${size.events.toLocaleString('en')} (${size.dataMb.toFixed(1)} MB)`,
        name,
        column(page, (r) => [r.firstItemsMs]),
        column(page, (r) => [r.zoomFirstFrameMs]),
        column(page, (r) => [r.zoomSettledMs]),
        column(page, (r) => [r.heapMb]),
        column(page, (r) => [r.longestTaskMs]),
      ]);
    }
  return aligned(rows);
}

function ratios(sizes: SizeResult[]): string[] {
  return sizes.map((size) => {
    const app = size.app.runs.map((r) => r.firstItemsMs);
    const bare = size.bare.runs.map((r) => r.firstItemsMs);
    const ratio =
      app.length && bare.length
        ? `×${(median(app) / median(bare)).toFixed(2)}`
        : bare.length === 0 && size.bare.timedOutAfterMs
          ? `bare showed nothing in ${size.bare.timedOutAfterMs / 1000} s`
          : '—';
    return `    ${size.events.toLocaleString('en').padStart(7)} events: ${ratio}`;
  });
}

const FILTER_LABELS: Record<FilterName, string> = {
  text: 'text (a search typed, cleared)',
  kind: 'kind (pressed, released)',
  actor: 'actor (chosen, unchosen)',
};

function filtersTable(sizes: SizeResult[]): string[] {
  const rows: string[][] = [
    ['events', 'filter', 'changes', 'to the frame ms', 'main thread ms', 'after the frame ms'],
  ];
  for (const size of sizes)
    for (const filter of Object.keys(FILTER_LABELS) as FilterName[]) {
      const samples = size.app.runs.flatMap((r) => r.filters.filter((f) => f.filter === filter));
      if (samples.length === 0) continue;
      const pick = (get: (s: FilterSample) => number) => cell(samples.map(get));
      rows.push([
        size.events.toLocaleString('en'),
        FILTER_LABELS[filter],
        String(samples.length),
        pick((s) => s.toFrameMs),
        pick((s) => s.toFrameBusyMs),
        pick((s) => s.afterFrameBusyMs),
      ]);
    }
  return aligned(rows);
}

export function browserTable(sizes: SizeResult[]): string[] {
  return [
    ...pagesTable(sizes),
    '  app ÷ bare, time to first items (median):',
    ...ratios(sizes),
    '',
    'Filters in the app, median [min–max] of every change (target at 10,000 events: main thread ≤ 16 ms, the frame ≤ 33 ms)',
    '  from a trace: to the frame, from the change to the end of the first frame painted after it; main thread, its',
    '  tasks in that time; after the frame, its tasks from then until the page is idle (the counts and list that follow)',
    ...filtersTable(sizes),
  ];
}
