/**
 * `npm run extract -- --explain` on one article, timed as a person waits for it:
 * whole processes, in turn so a busy moment of the machine falls on each: through
 * npm, as the README says to run it; the CLI without npm's own start; the CLI on
 * one article of a synthetic corpus of 1,000 (explaining one article should not
 * cost more in a larger corpus); and Node starting alone. The processor time is
 * read from /proc (what this process's waited-for children used), so it is
 * Linux-only; elsewhere the column stays empty.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCorpus } from '../src/pipeline/corpus/readCorpus';
import { loadKnowledge } from '../src/pipeline/knowledge/loadKnowledge';
import { toIsoDay } from '../src/shared/partialDate';
import { syntheticCorpus } from './syntheticCorpus';

export interface ExplainRow {
  command: string;
  /** Per run, milliseconds. */
  wallMs: number[];
  cpuMs: number[];
}

export interface ExplainTimes {
  article: string;
  bytes: number;
  largeCorpus: number;
  rows: ExplainRow[];
}

/** Processor time used by the children this process has waited for, in ms, or null off Linux. */
function childrenCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  // The fields after the command's name; cutime and cstime are the 14th and 15th of these.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[13]) + Number(fields[14]);
  const ticksPerSecond = 100; // USER_HZ: 100 on every Linux Node supports
  return (ticks * 1000) / ticksPerSecond;
}

/** One run of `command`: wall time and processor time, in ms. */
function timed([file, ...args]: string[]): { wallMs: number; cpuMs: number | null } {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const run = spawnSync(file!, args, { encoding: 'utf8', maxBuffer: 16 << 20 });
  const wallMs = performance.now() - start;
  if (run.status !== 0) throw new Error(`${file} ${args.join(' ')} failed: ${run.stderr}`);
  const cpuAfter = childrenCpuMs();
  return { wallMs, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

/** The seeds' first article, by name: a real report of ordinary length. */
function oneArticle(): string {
  const name = readdirSync('seeds')
    .filter((n) => n.endsWith('.txt'))
    .sort()[0];
  if (!name) throw new Error('seeds/ holds no article.');
  return join('seeds', name);
}

/** A corpus folder of `size` synthetic articles made from the seeds, with the seeds' knowledge base. */
function syntheticCorpusFolder(size: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'crisis-timeline-explain-'));
  const today = toIsoDay(new Date());
  const articles = syntheticCorpus(readCorpus('seeds').articles, loadKnowledge('seeds'), size);
  for (const { text, ...entry } of articles) writeFileSync(join(dir, `${entry.id}.txt`), text);
  // The synthetic days run years past the seeds'; a corpus may hold none in the future.
  const entries = articles.map(({ text: _text, ...entry }) => ({
    ...entry,
    published: entry.published > today ? today : entry.published,
  }));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ articles: entries }));
  cpSync(join('seeds', 'knowledge'), join(dir, 'knowledge'), { recursive: true });
  return dir;
}

export function benchExplain(runs: number, largeCorpus: number): ExplainTimes {
  const article = oneArticle();
  const large = syntheticCorpusFolder(largeCorpus);
  try {
    const node = process.execPath;
    const commands: [string, string[]][] = [
      [
        'npm run extract -- --explain SEED',
        ['npm', 'run', '--silent', 'extract', '--', '--explain', article],
      ],
      ['node scripts/cli.mjs --explain SEED', [node, 'scripts/cli.mjs', '--explain', article]],
      [
        `the same, one article of ${largeCorpus.toLocaleString('en')}`,
        [
          node,
          'scripts/cli.mjs',
          '--corpus',
          large,
          '--explain',
          join(large, 'synthetic_000000.txt'),
        ],
      ],
      ["node -e ''", [node, '-e', '']],
    ];
    // Not counted: builds the CLI's bundle if the sources changed, and its code cache.
    timed(commands[1]![1]);
    const rows = commands.map(([command]): ExplainRow => ({ command, wallMs: [], cpuMs: [] }));
    for (let r = 0; r < runs; r++)
      commands.forEach(([, args], i) => {
        const { wallMs, cpuMs } = timed(args);
        rows[i]!.wallMs.push(wallMs);
        if (cpuMs !== null) rows[i]!.cpuMs.push(cpuMs);
      });
    return { article, bytes: statSync(article).size, largeCorpus, rows };
  } finally {
    rmSync(large, { recursive: true, force: true });
  }
}
