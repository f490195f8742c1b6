/**
 * `--explain FILE`: shows a person adding an article what the pipeline reads in
 * it, so a wrong date can be traced to the expression and the rule behind it.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { PipelineError } from './errors';
import { readCorpus } from './corpus/readCorpus';
import { loadKnowledge } from './knowledge/loadKnowledge';
import { createPipeline } from './runPipeline';
import { isCalendarDay } from '../shared/partialDate';
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
    if (!isCalendarDay(options.published))
      throw new PipelineError('--published', `"${options.published}" is not a date as YYYY-MM-DD.`);
    let text: string;
    try {
      text = readFileSync(options.file, 'utf8');
    } catch {
      throw new PipelineError(options.file, 'cannot read this file.');
    }
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
    article = readCorpus(options.corpusDir).articles.find((a) => a.id === id);
    if (!article) {
      throw new PipelineError(
        options.file,
        `not in the manifest of ${options.corpusDir}. Pass --published YYYY-MM-DD to explain it anyway.`,
      );
    }
  }
  const pipeline = createPipeline(kb);
  const analysed = pipeline.analyse(article);
  const events = pipeline.build([article]).events;
  const dates = analysed.sentences.flatMap((s) => s.dates);

  if (options.json) {
    const rows = dates.map((d) => ({
      text: d.text,
      offset: d.offset,
      length: d.length,
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
      `  @${d.offset} “${d.text}” → ${value} [${d.precision}, ${d.basis}${d.openEnded ? ', open-ended' : ''}]`,
      `      ${d.explanation}`,
    );
  }
  lines.push('', 'Actors linked:');
  const actorNames = new Map(kb.actors.map((a) => [a.id, a.name]));
  const actorHits = analysed.sentences.flatMap((s) => s.actors);
  if (actorHits.length === 0) lines.push('  (none)');
  for (const m of actorHits)
    lines.push(`  @${m.offset} “${m.text}” → ${actorNames.get(m.actorId)} (${m.via})`);
  lines.push('', 'Incidents linked:');
  const incidentHits = analysed.sentences.flatMap((s) => s.incidents);
  if (incidentHits.length === 0) lines.push('  (none)');
  for (const m of incidentHits)
    lines.push(
      `  @${m.offset} “${m.text}” → ${m.incidentId} (${m.start}${m.end ? ` … ${m.end}` : ''}, by ${m.via})`,
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
