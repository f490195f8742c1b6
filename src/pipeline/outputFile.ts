/**
 * Writing the timeline, the CLI's one output, so that nothing is ever lost: the
 * target is checked before any work (never one of the inputs, never a folder, a
 * device, a FIFO or a link), written to a temp file beside it and renamed over
 * it; the temp file is removed on failure, Ctrl-C cannot cut the write in two, and
 * a temp file that a kill left behind is removed by the next run (which `npm run
 * build` makes before Vite copies the folder).
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { PipelineError, systemErrorWords } from './errors';
import { realPathToBe } from './corpus/inputFile';
import { escapeRegExp } from './text/escapeRegExp';

/** `.timeline.json.<pid>.tmp`: hidden, named for its target and the process writing it. */
const tempName = (target: string, pid: number) => `.${target}.${pid}.tmp`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temp files an earlier, killed run left beside the target. */
function removeStaleTemps(folder: string, target: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const pattern = new RegExp(`^\\.${escapeRegExp(target)}\\.(\\d+)\\.tmp$`);
  for (const name of names) {
    const pid = pattern.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(join(folder, name), { force: true });
  }
}

/**
 * Refuses an output path that would destroy something: an input (compared as
 * real paths, so "c/../c/manifest.json" and links count), or anything that is
 * not a regular file. `inputs` are the files the run reads.
 */
export function checkOutputPath(out: string, inputs: string[]): void {
  let stats;
  try {
    stats = lstatSync(out);
  } catch {
    stats = null;
  }
  if (stats?.isSymbolicLink())
    throw new PipelineError(out, 'is a link; --out must name a regular file, not a link.');
  if (stats && !stats.isFile()) {
    const what = stats.isDirectory() ? 'a folder' : 'a device, FIFO or socket';
    throw new PipelineError(out, `is ${what}; --out must name a regular file.`);
  }
  const real = realPathToBe(out);
  const input = inputs.find((path) => realPathToBe(path) === real);
  if (input)
    throw new PipelineError(
      out,
      `is one of the run's inputs (${input}); --out must name another file.`,
    );
}

/** Why a write failed, in words a person can act on. */
function writeProblem(error: unknown): string {
  // Writing, a missing path means the folder could not be made.
  const words = systemErrorWords(error, { ENOENT: 'its folder cannot be made there' });
  return `cannot be written: ${words}. The previous file, if any, is unchanged.`;
}

/**
 * Makes the folder and any missing parents, one level at a time. Node's recursive
 * mkdirSync spins for ever where a parent exists but refuses a child with ENOENT
 * (/proc/1/x), and a loop in synchronous code cannot even be stopped by a signal.
 */
function makeFolder(folder: string): void {
  const missing: string[] = [];
  let at = resolve(folder);
  while (!existsSync(at)) {
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const path of missing) mkdirSync(path);
}

export function writeOutputAtomic(out: string, contents: string): void {
  const folder = dirname(out);
  const target = basename(out);
  const temp = join(folder, tempName(target, process.pid));
  // Without a listener, Ctrl-C would end the process between the write and the rename
  // and leave the temp file behind. A listener makes Node hold the signal until this
  // synchronous write and rename are done: the file is whole, and the run, then at
  // its end, finishes.
  const hold = () => {};
  process.on('SIGINT', hold);
  process.on('SIGTERM', hold);
  try {
    makeFolder(folder);
    removeStaleTemps(folder, target);
    writeFileSync(temp, contents);
    renameSync(temp, out);
  } catch (error) {
    throw new PipelineError(out, writeProblem(error));
  } finally {
    rmSync(temp, { force: true });
    process.off('SIGINT', hold);
    process.off('SIGTERM', hold);
  }
}
