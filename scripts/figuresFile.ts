/**
 * Writes a generated figures file in docs/figures/: what a measuring command
 * printed, under a line saying which command wrote it, when, at which commit and
 * on what machine. The docs link these files; no figure in them is typed by hand.
 * Tests never call this: a test run leaves the work tree as it was.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';

export const FIGURES_DIR = 'docs/figures';

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

/** The commit measured, and whether the code differed from it. */
export function commitMeasured(): string {
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const dirty = git('status', '--porcelain', '--', 'src', 'scripts', 'bench', 'eval', 'seeds');
  return dirty ? `${commit} with uncommitted changes` : commit;
}

/** The machine a timing was taken on: timings mean nothing without it. */
export function machine(extra: Record<string, string> = {}): string[] {
  const cpu = cpus();
  const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  const facts: Record<string, string> = {
    CPU: `${cpu[0]?.model.trim() ?? 'unknown'}, ${cpu.length} cores`,
    memory: gib(totalmem()),
    'load average (1, 5, 15 min) when written': loadavg()
      .map((load) => load.toFixed(2))
      .join(', '),
    system: `${osType()} ${release()}`,
    Node: process.version,
    ...extra,
  };
  return Object.entries(facts).map(([name, value]) => `- ${name}: ${value}`);
}

export function writeFigures(
  name: string,
  {
    title,
    command,
    about = [],
    body,
  }: { title: string; command: string; about?: string[]; body: string[] },
): string {
  const path = join(FIGURES_DIR, `${name}.md`);
  mkdirSync(FIGURES_DIR, { recursive: true });
  const text = [
    `<!-- Written by \`${command}\`; do not edit by hand. -->`,
    '',
    `# ${title}`,
    '',
    `Measured on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${commitMeasured()} by \`${command}\`.`,
    ...(about.length > 0 ? ['', ...about] : []),
    '',
    '```text',
    ...body.map((line) => line.trimEnd()),
    '```',
    '',
  ].join('\n');
  writeFileSync(path, text);
  return path;
}
