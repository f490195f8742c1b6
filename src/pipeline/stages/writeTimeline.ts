/**
 * Stage 6: validate against the shared schema and serialise. Writing the file is
 * the CLI's (src/pipeline/outputFile.ts), so this stage stays pure.
 */
import { z } from 'zod';
import { timelineFileSchema, type TimelineFile } from '../../shared/schema';
import { formatIssuePath } from '../errors';
import { integrityProblem } from '../../shared/timelineIntegrity';

export function serialiseTimeline(timeline: TimelineFile): string {
  const parsed = timelineFileSchema.safeParse(timeline);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // The pipeline produced something the app would refuse: that is our bug, not the user's.
    throw new Error(
      `internal error: output fails the schema at ${formatIssuePath(issue?.path ?? [])}: ${issue?.message}`,
    );
  }
  // Includes the rule that the text at a source's offsets is its excerpt.
  const problem = integrityProblem(parsed.data);
  if (problem)
    throw new Error(
      `internal error: output fails the integrity check at ${problem.path}: ${problem.message}`,
    );
  return timelineFileText(parsed.data);
}

/**
 * The file as the app reads it fastest: compact, and ASCII only (anything else
 * as a \u escape, which JSON readers turn back into the same text). A browser
 * decodes ASCII bytes to a string almost for free but UTF-8 text with a single
 * curly quote in it several times more slowly.
 */
export function timelineFileText(timeline: TimelineFile): string {
  const json = JSON.stringify(timeline).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}

export function timelineJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(timelineFileSchema, { target: 'draft-2020-12' }), null, 2)}\n`;
}
