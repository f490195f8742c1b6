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

/** The manifest's entries, checked: ids unique, no day in the future, no text left out of it. */
function readManifest(dir: string, today: string) {
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
  return { manifestPath, entries: manifest.articles };
}

type Entry = ReturnType<typeof readManifest>['entries'][number];

function readEntry(dir: string, manifestPath: string, entry: Entry, warnings: string[]): Article {
  const textPath = join(dir, `${entry.id}.txt`);
  if (!existsSync(textPath)) {
    throw new PipelineError(
      manifestPath,
      `article "${entry.id}" has no text file ${entry.id}.txt. Add the file or remove the entry.`,
    );
  }
  return { ...entry, text: readArticleText(textPath, warnings, dir) } satisfies Article;
}

export function readCorpus(dir: string, today = toIsoDay(new Date())): Corpus {
  const { manifestPath, entries } = readManifest(dir, today);
  const warnings: string[] = [];
  const articles = entries
    .map((entry) => readEntry(dir, manifestPath, entry, warnings))
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  return { articles, warnings };
}

/**
 * One article of the corpus, for `--explain`: the manifest is checked as for a whole
 * read, but only this article's text is read, so a large corpus costs no more than
 * the seeds. The other texts are checked when the corpus is extracted.
 */
export function readCorpusArticle(
  dir: string,
  id: string,
  today = toIsoDay(new Date()),
): Article | undefined {
  const { manifestPath, entries } = readManifest(dir, today);
  const entry = entries.find((e) => e.id === id);
  return entry && readEntry(dir, manifestPath, entry, []);
}
