/**
 * The compiled CLI's worker thread (analyseThread.mjs beside cli.cjs), which the CLI
 * starts only for corpora of thousands of articles: run here on the seeds, so a
 * bundle that builds but cannot start is caught.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const THREAD = resolve('node_modules/.cache/crisis-timeline-cli/analyseThread.mjs');

/** Starts the thread on the seeds' articles; prints how many it analysed and their happenings. */
const START_THREAD = `
import { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
const { articles } = JSON.parse(readFileSync('seeds/manifest.json', 'utf8'));
const withText = articles.map((a) => ({ ...a, text: readFileSync('seeds/' + a.id + '.txt', 'utf8') }));
const worker = new Worker(${JSON.stringify(THREAD)}, { workerData: { articles: withText, corpusDir: 'seeds' }, execArgv: [] });
worker.once('message', (analysed) => {
  console.log(JSON.stringify(analysed.map((a) => a.happenings.length)));
  void worker.terminate();
});
`;

it('the compiled CLI’s analysis thread starts and analyses articles', () => {
  // Builds the bundle if the sources changed.
  expect(spawnSync(process.execPath, ['scripts/cli.mjs', '--help']).status).toBe(0);
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', START_THREAD], {
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  const happenings = JSON.parse(run.stdout) as number[];
  expect(happenings).toHaveLength(5);
  expect(happenings.every((n) => n > 0)).toBe(true);
});
