/**
 * Stage 1a: read the manifest and the verbatim texts. Texts are kept exactly as
 * received (offsets point into them), so nothing here normalises whitespace.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PipelineError } from '../errors';
import type { Article } from '../types';
import { parseWith, readJsonFile } from './jsonFile';
import { manifestSchema } from './manifestSchema';
import { readArticleText } from './readText';
import { toIsoDay } from '../../shared/partialDate';

export const MANIFEST_FILE = 'manifest.json';

export interface Corpus {
  articles: Article[];
  /** Things that did not stop the run but that the person running it should see. */
  warnings: string[];
}

export function readCorpus(dir: string, today = toIsoDay(new Date())): Corpus {
  const manifestPath = join(dir, MANIFEST_FILE);
  const manifest = parseWith(
    manifestSchema,
    manifestPath,
    readJsonFile(
      manifestPath,
      'A corpus folder needs a manifest.json (see README, "Add an article").',
      dir,
    ),
  );
  const warnings: string[] = [];
  const seen = new Set<string>();
  manifest.articles.forEach((entry, i) => {
    if (seen.has(entry.id))
      throw new PipelineError(
        manifestPath,
        `duplicate article id "${entry.id}". Each article needs its own.`,
      );
    seen.add(entry.id);
    if (entry.published > today) {
      throw new PipelineError(
        manifestPath,
        `articles[${i}].published is "${entry.published}", which is in the future. Check the date.`,
      );
    }
  });
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const id = name.slice(0, -'.txt'.length);
    if (!seen.has(id))
      throw new PipelineError(
        join(dir, name),
        `has no entry in ${MANIFEST_FILE}. Add one with id "${id}".`,
      );
  }
  const articles = manifest.articles
    .map((entry) => {
      const textPath = join(dir, `${entry.id}.txt`);
      if (!existsSync(textPath)) {
        throw new PipelineError(
          manifestPath,
          `article "${entry.id}" has no text file ${entry.id}.txt. Add the file or remove the entry.`,
        );
      }
      return { ...entry, text: readArticleText(textPath, warnings, dir) } satisfies Article;
    })
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  return { articles, warnings };
}
