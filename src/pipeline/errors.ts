/**
 * A failure a person can act on: it names the file (and line or field) and says
 * what to do. The CLI prints only `message` for these; anything else is a bug.
 */
export class PipelineError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'PipelineError';
  }
}

/** Turns a zod issue path into "articles[2].published". */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`,
    )
    .join('');
}

/**
 * What the system's error codes mean, in words a person can act on: a message never
 * shows a bare code ("EFBIG"). A code not listed is named after words that say so.
 */
const SYSTEM_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file would be larger than this system lets a program write (see `ulimit -f`)',
  EIO: 'the disk reported an input/output error',
  EMFILE: 'too many files are open; close some programs and try again',
  ENFILE: 'too many files are open; close some programs and try again',
  ENAMETOOLONG: 'its name is too long',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENOENT: 'it is not there (removed while the run went on?)',
  EBUSY: 'it is in use by another program',
  ETXTBSY: 'it is in use by another program',
  ELOOP: 'it is a loop of links',
  ENXIO: 'it is a device with nothing behind it',
  EAGAIN: 'the system is busy; try again',
};

/** "the disk is full"; for a code not listed, "the system refused (code EXYZ)". */
export function systemErrorWords(error: unknown, overrides: Record<string, string> = {}): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  return overrides[code] ?? SYSTEM_ERRORS[code] ?? `the system refused (code ${code})`;
}
