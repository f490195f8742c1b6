/**
 * The corrections file a run applies (`--corrections FILE`, or the corpus's own
 * corrections.json when present): read and checked before any work, so a file
 * that fails costs nothing and stops the run with one line naming the field.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CorrectionsFile } from '../../shared/corrections/correctionsSchema';
import { parseCorrections } from '../../shared/corrections/parseCorrections';
import { toIsoDay } from '../../shared/partialDate';
import { PipelineError } from '../errors';
import type { Article } from '../types';
import { readJsonFile } from './jsonFile';

/** The corpus's own corrections, applied whenever the command line names no other file. */
export const CORRECTIONS_FILE = 'corrections.json';

/**
 * A corrections file holds whole articles, each up to 10 MB (the schema says so): a
 * few of them, JSON-escaped, and the corrections. Past this it is not a workspace.
 */
export const MAX_CORRECTIONS_BYTES = 64 * 1024 * 1024;

export interface CorrectionsInput {
  path: string;
  file: CorrectionsFile;
}

/** The file the run applies: the one named, else the corpus's own if it has one. */
export function correctionsPathFor(corpusDir: string, named: string | undefined): string | null {
  if (named !== undefined) return named;
  const own = join(corpusDir, CORRECTIONS_FILE);
  return existsSync(own) ? own : null;
}

export function readCorrections(path: string, today = toIsoDay(new Date())): CorrectionsInput {
  const data = readJsonFile(
    path,
    'Give the corrections file the workspace exported (docs/corrections.md).',
    undefined,
    MAX_CORRECTIONS_BYTES,
  );
  const parsed = parseCorrections(data);
  if (!parsed.ok) throw new PipelineError(path, `${parsed.field}: ${parsed.message}.`);
  parsed.file.articles.forEach((article, i) => {
    if (article.published > today)
      throw new PipelineError(
        path,
        `articles[${i}].published is "${article.published}", which is in the future. Check the date.`,
      );
  });
  return { path, file: parsed.file };
}

/**
 * The articles a person added, as the stages read an article: marked as their own,
 * and composed (NFC) as the corpus's texts are read. One whose id the corpus already
 * uses stops the run: the two could not be told apart in links and sources.
 */
export function addedArticles(input: CorrectionsInput, corpus: readonly Article[]): Article[] {
  const taken = new Set(corpus.map((a) => a.id));
  return input.file.articles.map((article, i) => {
    if (taken.has(article.id))
      throw new PipelineError(
        input.path,
        `articles[${i}].id "${article.id}" is already an article of the corpus; give yours another id.`,
      );
    return { ...article, text: article.text.normalize('NFC'), own: true as const };
  });
}
