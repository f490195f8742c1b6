/**
 * `npm run extract -- --explain` on one article, timed as a person waits for it:
 * a whole process, started from the shell, against Node starting alone, the two
 * in turn so a busy moment of the machine falls on both. The processor time is
 * read from /proc (what this process's waited-for children used), so it is
 * Linux-only; elsewhere the column stays empty.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ExplainTimes {
  article: string;
  bytes: number;
  /** Per run, milliseconds. */
  explain: { wallMs: number[]; cpuMs: number[] };
  nodeAlone: { wallMs: number[]; cpuMs: number[] };
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

/** One run of `args` under Node: wall time and processor time, in ms. */
function timed(args: string[]): { wallMs: number; cpuMs: number | null } {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 << 20 });
  const wallMs = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
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

export function benchExplain(runs: number): ExplainTimes {
  const article = oneArticle();
  const explain = ['scripts/cli.mjs', '--explain', article];
  const alone = ['-e', ''];
  // Not counted: builds the CLI's bundle if the sources changed, and its code cache.
  timed(explain);
  const times: ExplainTimes = {
    article,
    bytes: statSync(article).size,
    explain: { wallMs: [], cpuMs: [] },
    nodeAlone: { wallMs: [], cpuMs: [] },
  };
  for (let r = 0; r < runs; r++) {
    for (const [args, into] of [
      [explain, times.explain],
      [alone, times.nodeAlone],
    ] as const) {
      const { wallMs, cpuMs } = timed(args);
      into.wallMs.push(wallMs);
      if (cpuMs !== null) into.cpuMs.push(cpuMs);
    }
  }
  return times;
}
