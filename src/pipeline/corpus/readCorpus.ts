/**
 * Stage 1a: read the manifest and the verbatim texts. Texts are kept exactly as
 * received (offsets point into them), so nothing here normalises whitespace.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PipelineError, formatIssuePath } from '../errors';
import type { Article } from '../types';
import { manifestSchema } from './manifestSchema';

export const MANIFEST_FILE = 'manifest.json';

export function readJsonFile(path: string): unknown {
  if (!existsSync(path)) throw new PipelineError(path, 'file not found.');
  const raw = readFileSync(path, 'utf8');
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new PipelineError(
      path,
      `not valid JSON: ${(error as Error).message}. Fix the syntax and run again.`,
    );
  }
}

export function readCorpus(dir: string): Article[] {
  const manifestPath = join(dir, MANIFEST_FILE);
  const parsed = manifestSchema.safeParse(readJsonFile(manifestPath));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PipelineError(
      manifestPath,
      `${formatIssuePath(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}.`,
    );
  }
  const entries = parsed.data.articles;
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id))
      throw new PipelineError(manifestPath, `duplicate article id "${entry.id}".`);
    seen.add(entry.id);
  }
  const textFiles = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  for (const name of textFiles) {
    const id = name.slice(0, -'.txt'.length);
    if (!seen.has(id)) {
      throw new PipelineError(
        join(dir, name),
        `has no entry in ${MANIFEST_FILE}. Add one with id "${id}".`,
      );
    }
  }
  return entries
    .map((entry) => {
      const textPath = join(dir, `${entry.id}.txt`);
      if (!existsSync(textPath)) {
        throw new PipelineError(
          manifestPath,
          `article "${entry.id}" has no text file ${entry.id}.txt.`,
        );
      }
      return {
        ...entry,
        publishedNote: entry.publishedNote,
        text: readFileSync(textPath, 'utf8'),
      } satisfies Article;
    })
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
}
