/**
 * Stage 6: validate against the shared schema and write atomically: a temp file
 * renamed over the target, so a failed run never leaves a half-written file.
 */
import { mkdirSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { timelineFileSchema, type TimelineFile } from '../../shared/schema';
import { formatIssuePath } from '../errors';

export function serialiseTimeline(timeline: TimelineFile): string {
  const parsed = timelineFileSchema.safeParse(timeline);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // The pipeline produced something the app would refuse: that is our bug, not the user's.
    throw new Error(
      `internal error: output fails the schema at ${formatIssuePath(issue?.path ?? [])}: ${issue?.message}`,
    );
  }
  for (const event of parsed.data.events) {
    for (const source of event.sources) {
      const text = parsed.data.articles.find((a) => a.id === source.article)?.text ?? '';
      if (text.slice(source.offset, source.offset + source.length) !== source.excerpt) {
        throw new Error(
          `internal error: excerpt of ${event.id} does not match ${source.article} at ${source.offset}`,
        );
      }
    }
  }
  return `${JSON.stringify(parsed.data, null, 2)}\n`;
}

export function writeFileAtomic(path: string, contents: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${Date.now()}-${process.pid}.tmp`);
  try {
    writeFileSync(temp, contents);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

export function timelineJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(timelineFileSchema, { target: 'draft-2020-12' }), null, 2)}\n`;
}
