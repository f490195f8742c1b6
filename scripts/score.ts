/**
 * `npm run eval` and `npm run eval:timeml`: runs the scorer and writes what it
 * prints to docs/figures/ (eval.md, timeml.md), which docs/evaluation.md links.
 *
 *   tsx scripts/score.ts eval                                  the sets of eval/sets.json → eval.md
 *   tsx scripts/score.ts eval --verbose | --corpus DIR ...     printed only (every miss; a set of your own)
 *   tsx scripts/score.ts timeml DIR [DIR ...]                  TimeML folders → timeml.md
 */
import { spawnSync } from 'node:child_process';
import { basename, resolve } from 'node:path';
import { writeFigures } from './figuresFile';

const SCORERS = {
  eval: 'src/pipeline/eval/cli.ts',
  timeml: 'src/pipeline/eval/timemlCli.ts',
} as const;

const [which, ...args] = process.argv.slice(2);
if (which !== 'eval' && which !== 'timeml') {
  process.stderr.write('score: say eval or timeml\n');
  process.exit(1);
}
const run = spawnSync(process.execPath, ['--import', 'tsx', SCORERS[which], ...args], {
  encoding: 'utf8',
  stdio: ['inherit', 'pipe', 'inherit'],
  maxBuffer: 64 << 20,
});
process.stdout.write(run.stdout ?? '');
if (run.status !== 0) process.exit(run.status ?? 1);

const printed = (run.stdout ?? '').trimEnd().split('\n');
// The standard run writes the figures; a run with options (a set of your own, --verbose) only prints.
if (which === 'eval' && args.length === 0) {
  const path = writeFigures('eval', {
    title: 'The written evaluation sets',
    command: 'npm run eval',
    about: [
      'Each set of `eval/sets.json` run through the pipeline and scored against its gold file by `src/pipeline/eval/`.',
      'The sets were written by the hand that wrote the rules: read these as regression checks, not as accuracy (docs/evaluation.md).',
    ],
    body: printed,
  });
  process.stderr.write(`written ${path}\n`);
} else if (which === 'timeml') {
  const path = writeFigures('timeml', {
    title: 'Dates alone, on TimeML',
    command: `npm run eval:timeml -- ${args.map((dir) => basename(resolve(dir))).join(' ')}`,
    about: [
      "The date stage scored on TempEval-3's training data with this project's scorer (`src/pipeline/eval/timeml.ts`), as docs/evaluation.md describes.",
      'This is the data the date rules were developed on: the figures flatter the date stage.',
    ],
    body: printed.map((line) => line.replace(/^\S.*?(?=: \d+ documents)/, (dir) => basename(dir))),
  });
  process.stderr.write(`written ${path}\n`);
}
