/**
 * The README's performance figures, against the targets, written by a full
 * browser run of the bench (never typed by hand): the real data against bare
 * vis-timeline, 100,000 events, a filter at 10,000, and the JS loaded up front.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import type { FilterName, SizeResult } from './browser';
import { median } from './stats';
import { commitMeasured } from '../scripts/figuresFile';

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

function firstItems(size: SizeResult, page: 'app' | 'bare'): number | null {
  const runs = size[page].runs;
  return runs.length > 0 ? median(runs.map((r) => r.firstItemsMs)) : null;
}

function filterCell(size: SizeResult, measure: 'toFrameBusyMs' | 'toFrameMs'): string {
  const names: FilterName[] = ['text', 'kind', 'actor'];
  return names
    .map((name) => {
      const samples = size.app.runs.flatMap((r) => r.filters.filter((f) => f.filter === name));
      return `${name} ${Math.round(median(samples.map((f) => f[measure])))}`;
    })
    .join(', ');
}

export function readmePerformanceRows(sizes: SizeResult[], upFrontBytes: number): string[][] {
  const rows: string[][] = [];
  const real = sizes[0];
  const app = real ? firstItems(real, 'app') : null;
  const bare = real ? firstItems(real, 'bare') : null;
  if (real && app !== null && bare)
    rows.push([
      `First timeline items, the real data (${real.events} events)`,
      `${ms(app)}; bare vis-timeline ${ms(bare)}: ×${(app / bare).toFixed(2)}`,
      '≤ ×1.1 of bare',
    ]);
  const largest = sizes.at(-1);
  const largestApp = largest ? firstItems(largest, 'app') : null;
  if (largest && largestApp !== null)
    rows.push([
      `First items and heap at ${largest.events.toLocaleString('en')} events`,
      `${ms(largestApp)}, ${Math.round(median(largest.app.runs.map((r) => r.heapMb)))} MB`,
      '≤ 2,000 ms, ≤ 100 MB',
    ]);
  const tenThousand = sizes.find((s) => s.events === 10000);
  if (tenThousand) {
    rows.push([
      'A filter at 10,000 events, main thread (median ms)',
      filterCell(tenThousand, 'toFrameBusyMs'),
      '≤ 16 ms',
    ]);
    rows.push([
      'A filter at 10,000 events, to the next frame (median ms)',
      filterCell(tenThousand, 'toFrameMs'),
      '≤ 33 ms',
    ]);
  }
  rows.push([
    'JS loaded up front, gzipped',
    `${upFrontBytes.toLocaleString('en')} bytes`,
    '≤ 204,800 bytes',
  ]);
  return rows;
}

const BLOCK = /(<!-- performance:start[^>]*-->\n)(?:[\s\S]*?\n)?(<!-- performance:end -->)/;

export async function writeReadmePerformance(
  sizes: SizeResult[],
  upFrontBytes: number,
): Promise<void> {
  const table = [
    `Measured on ${new Date().toISOString().slice(0, 10)} at commit ${commitMeasured()} by \`npm run bench -- --only=browser\` (medians; a shared machine, so read the ratios before the milliseconds):`,
    '',
    '| measure | figure | target |',
    '| --- | --- | --- |',
    ...readmePerformanceRows(sizes, upFrontBytes).map((row) => `| ${row.join(' | ')} |`),
  ];
  const readme = readFileSync('README.md', 'utf8');
  if (!BLOCK.test(readme)) return;
  const updated = readme.replace(
    BLOCK,
    (_m, start, end) => `${start}\n${table.join('\n')}\n\n${end}`,
  );
  // Formatted as `npm test` checks it, so that a later run of the checks passes.
  writeFileSync('README.md', await prettier.format(updated, { filepath: 'README.md' }));
  console.log('  written README.md (performance)');
}
