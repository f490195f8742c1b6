/**
 * `--explain FILE`: shows a person adding an article what the pipeline reads in
 * it, so a wrong date can be traced to the expression and the rule behind it.
 */
import { basename, join } from 'node:path';
import { PipelineError } from './errors';
import { readCorpusArticle } from './corpus/readCorpus';
import { readArticleText } from './corpus/readText';
import { realPathToBe } from './corpus/inputFile';
import { loadKnowledge } from './knowledge/loadKnowledge';
import { createPipeline } from './runPipeline';
import { inputDaySchema } from './corpus/inputDates';
import type { Article } from './types';

export interface ExplainOptions {
  corpusDir: string;
  knowledgeDir?: string;
  file: string;
  published?: string;
  json: boolean;
}

export function explainText(options: ExplainOptions): string {
  const kb = loadKnowledge(options.corpusDir, options.knowledgeDir);
  const id = basename(options.file).replace(/\.txt$/, '');
  let article: Article | undefined;
  if (options.published) {
    const published = inputDaySchema.safeParse(options.published);
    if (!published.success)
      throw new PipelineError(
        '--published',
        `"${options.published}": ${published.error.issues[0]!.message}.`,
      );
    // Read as an article is: a regular file, UTF-8, of bounded size.
    const text = readArticleText(options.file, []);
    article = {
      id: id.toLowerCase().replace(/[^a-z0-9_-]/g, '-'),
      headline: null,
      outlet: 'unknown',
      published: options.published,
      dateline: null,
      url: null,
      text,
    };
  } else {
    // The file named must be the corpus's own copy, not another file of the same name.
    readArticleText(options.file, []);
    const own = join(options.corpusDir, `${id}.txt`);
    if (realPathToBe(options.file) !== realPathToBe(own))
      throw new PipelineError(
        options.file,
        `is not the corpus's copy of article "${id}" (that is ${own}). Pass --published YYYY-MM-DD to explain it as a draft.`,
      );
    article = readCorpusArticle(options.corpusDir, id);
    if (!article) {
      throw new PipelineError(
        options.file,
        `not in the manifest of ${options.corpusDir}. Pass --published YYYY-MM-DD to explain it anyway.`,
      );
    }
  }
  const pipeline = createPipeline(kb);
  const analysed = pipeline.analyse(article);
  // Assembled from this analysis: `build` would analyse the article a second time.
  const events = pipeline.assemble([analysed]).events;
  const dates = analysed.sentences.flatMap((s) => s.dates);
  // Where a find is in the file as written (the stages read it with invisible characters out).
  const span = (offset: number, length: number) =>
    analysed.reading.toOriginal(offset, offset + length);
  const at = (offset: number, length: number) => span(offset, length)[0];

  if (options.json) {
    const rows = dates.map((d) => ({
      text: d.text,
      offset: at(d.offset, d.length),
      length: span(d.offset, d.length)[1] - at(d.offset, d.length),
      value: d.end ? { start: d.start, end: d.end } : d.start,
      precision: d.precision,
      basis: d.basis,
      ...(d.openEnded ? { openEnded: true } : {}),
      explanation: d.explanation,
    }));
    return `${JSON.stringify(rows, null, 2)}\n`;
  }

  const lines: string[] = [
    `${article.id} — published ${article.published}`,
    '',
    'Date expressions:',
  ];
  if (dates.length === 0) lines.push('  (none found)');
  for (const d of dates) {
    const value = d.end ? `${d.start} … ${d.end}` : d.start;
    lines.push(
      `  @${at(d.offset, d.length)} “${d.text}” → ${value} [${d.precision}, ${d.basis}${d.openEnded ? ', open-ended' : ''}]`,
      `      ${d.explanation}`,
    );
  }
  lines.push('', 'Actors linked:');
  const actorNames = new Map(kb.actors.map((a) => [a.id, a.name]));
  const actorHits = analysed.sentences.flatMap((s) => s.actors);
  if (actorHits.length === 0) lines.push('  (none)');
  for (const m of actorHits)
    lines.push(
      `  @${at(m.offset, m.text.length)} “${m.text}” → ${actorNames.get(m.actorId)} (${m.via})`,
    );
  lines.push('', 'Incidents linked:');
  const incidentHits = analysed.sentences.flatMap((s) => s.incidents);
  if (incidentHits.length === 0) lines.push('  (none)');
  for (const m of incidentHits)
    lines.push(
      `  @${at(m.offset, m.text.length)} “${m.text}” → ${m.incidentId} (${m.start}${m.end ? ` … ${m.end}` : ''}, by ${m.via})`,
    );
  lines.push('', `Events (${events.length}):`);
  for (const e of events) {
    lines.push(
      `  ${e.date.start}${e.date.end ? ` … ${e.date.end}` : ''}  ${e.title}`,
      `      id ${e.id}; ${e.kind}; date by ${e.date.basis}: ${e.date.explanation}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
