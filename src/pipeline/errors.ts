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
