/**
 * The data file as the build may use it: read through the same schema and integrity
 * check as the app (src/shared/parseTimelineFile.ts) and the pipeline. The build
 * writes files named after ids and pages that link and quote, so a hand-edited file
 * it did not check could put a page outside `e/` (an id "../data/x"), write a
 * `javascript:` link, or stop on a stack; checked, it stops with one line naming
 * the place, as the app would.
 */
import { readFileSync } from 'node:fs';
import { timelineFileSchema, type TimelineFile } from '../src/shared/schema.ts';
import { integrityProblem } from '../src/shared/timelineIntegrity.ts';

export class TimelineFileError extends Error {}

export function readCheckedTimeline(path: string): TimelineFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'not valid JSON' : (error as Error).message;
    throw new TimelineFileError(`${path}: ${reason}; run "npm run extract" to write it again`);
  }
  const parsed = timelineFileSchema.safeParse(json);
  const refuse = (place: string, message: string) =>
    new TimelineFileError(`${path}: “${place || 'top level'}”: ${message}`);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refuse((issue?.path ?? []).map(String).join('.'), issue?.message ?? 'invalid');
  }
  const problem = integrityProblem(parsed.data);
  if (problem) throw refuse(problem.path, problem.message);
  return parsed.data;
}
