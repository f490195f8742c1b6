/**
 * The only way the pipeline reads a file. It reads regular files only (a FIFO
 * would hang the run, a device such as /dev/zero fill memory), of a bounded
 * size, and, when given the folder they belong to, only files that are inside it
 * once links are resolved: an article that is a link to /etc/passwd must not be
 * published on the timeline. Each refusal names the file and says why.
 */
import {
  closeSync,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { PipelineError, systemErrorWords } from '../errors';

/** Far above any news article (the longest seed is under 10 KB) and any knowledge file. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * "is 11.0 MB; … at most 10.0 MB". Where the two round alike (one byte over), in
 * bytes: "is 10.0 MB; may be at most 10.0 MB" would read as no fault at all.
 */
function tooLarge(size: number, max: number): string {
  const [is, most] =
    megabytes(size) === megabytes(max)
      ? [
          `${size.toLocaleString('en')} bytes`,
          `${max.toLocaleString('en')} bytes (${megabytes(max)})`,
        ]
      : [megabytes(size), megabytes(max)];
  return `is ${is}; an input file may be at most ${most}.`;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Whether `path` lies inside `folder` (or is it), both as real paths. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PipelineError(path, 'file not found (or a link to nothing).');
    if (code === 'ELOOP') throw new PipelineError(path, 'is a loop of links.');
    throw new PipelineError(path, `cannot be read: ${systemErrorWords(error)}.`);
  }
}

export interface InputFileOptions {
  /** The folder the file must be inside, links resolved (the corpus or knowledge folder). */
  within?: string;
  maxBytes?: number;
}

/** A regular file's bytes, refused with one clear line when it is anything else. */
export function readInputFile(path: string, options: InputFileOptions = {}): Buffer {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const real = realPathOf(path);
  if (options.within !== undefined) {
    const folder = realPathOf(options.within);
    if (!isInside(real, folder))
      throw new PipelineError(
        path,
        `is a link to ${real}, outside ${options.within}; only files inside the folder are read.`,
      );
  }
  const stats = statSync(real);
  if (!stats.isFile())
    throw new PipelineError(path, `is ${kindOf(stats)}, not a file; only regular files are read.`);
  if (stats.size > maxBytes) throw new PipelineError(path, tooLarge(stats.size, maxBytes));
  let fd: number;
  try {
    fd = openSync(real, 'r');
  } catch (error) {
    throw new PipelineError(path, `cannot be read: ${systemErrorWords(error)}.`);
  }
  try {
    // Read at most one byte past the cap: a file that grows while it is read is refused too.
    const size = Math.min(fstatSync(fd).size, maxBytes) + 1;
    const buffer = Buffer.alloc(size);
    let length = 0;
    for (let n = 1; n > 0 && length < size; length += n)
      n = readSync(fd, buffer, length, size - length, null);
    if (length > maxBytes)
      throw new PipelineError(
        path,
        `is larger than ${megabytes(maxBytes)}, the most an input file may be.`,
      );
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** The real path of a file that may not exist yet (its folder's real path and its name). */
export function realPathToBe(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}
