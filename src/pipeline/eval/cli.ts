/**
 * `npm run eval`: runs the pipeline over each evaluation set and scores it
 * against its gold file. With no arguments it scores the sets in eval/sets.json;
 * `--corpus DIR --gold FILE [--knowledge DIR]` scores one other set.
 * `--verbose` lists every miss, wrong date, duplicate and stray event.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PipelineError } from '../errors';
import { parseWith, readJsonFile } from '../corpus/jsonFile';
import { extractCorpus } from '../runPipeline';
import { actedBy, goldFileSchema, scoreTimeline, type Score } from './scoreEvents';

const SETS_FILE = 'eval/sets.json';

const setsSchema = z
  .object({
    sets: z.array(
      z
        .object({
          name: z.string(),
          corpus: z.string(),
          gold: z.string(),
          knowledge: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict();
type EvalSet = z.infer<typeof setsSchema>['sets'][number];

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`;

function summary(name: string, s: Score): string {
  const correct = s.findings.filter((f) => f.event && f.event.date.start === f.gold.date).length;
  const lines = [
    `${name}: ${s.gold} gold events in ${new Set(s.findings.map((f) => f.article)).size} articles, ${s.events} events made`,
    `  found                 ${s.found}/${s.gold} (${percent(s.found, s.gold)})`,
    `  exact date, of found  ${s.exactDate}/${s.found} (${percent(s.exactDate, s.found)})`,
    `  found and exact       ${correct}/${s.gold} (${percent(correct, s.gold)})`,
    `  publication-dated     ${s.publicationDated}/${s.events} events (${percent(s.publicationDated, s.events)})`,
    `  right kind, of found  ${s.rightKind}/${s.found} (${percent(s.rightKind, s.found)})`,
    `  right speaker/agent   ${s.rightActor}/${s.withActor} (${percent(s.rightActor, s.withActor)})`,
    `  context flagged       ${s.rightContext}/${s.withContext}`,
    `  duplicates            ${s.duplicates.length}`,
    `  merged across articles ${s.merged}/${s.multiSource}; wrong merges ${s.wrongMerges.length}`,
    `  events matching no gold row ${s.spurious.length} (precision ${percent(s.events - s.spurious.length - s.duplicates.length, s.events)})`,
    `  titles that fail the checks ${s.badTitles.length}`,
  ];
  return lines.join('\n');
}

function details(s: Score): string {
  const out: string[] = [];
  for (const f of s.findings) {
    const where = `${f.article} “${f.gold.phrase}”`;
    if (!f.event) out.push(`  missed      ${where} (${f.gold.kind} ${f.gold.date})`);
    else if (f.event.date.start !== f.gold.date)
      out.push(
        `  wrong date  ${where}: ${f.event.date.start} (${f.event.date.basis}), gold ${f.gold.date}`,
      );
    else if (f.gold.actor && !actedBy(f.event, f.gold.actor))
      out.push(
        `  wrong actor ${where}: ${f.event.actors.map((a) => `${a.id}/${a.role}`).join(', ') || 'none'}, gold ${f.gold.actor.join('|')}`,
      );
  }
  for (const e of s.duplicates) out.push(`  duplicate   ${e.id} “${e.title}”`);
  for (const e of s.spurious) out.push(`  no gold     ${e.id} “${e.title}”`);
  for (const e of s.wrongMerges) out.push(`  wrong merge ${e.id}`);
  for (const { event, why } of s.badTitles) out.push(`  bad title   “${event.title}”: ${why}`);
  return out.join('\n');
}

function scoreSet(set: EvalSet, verbose: boolean): string {
  const gold = parseWith(
    goldFileSchema,
    set.gold,
    readJsonFile(set.gold, 'A gold file (see README).'),
  );
  const { timeline } = extractCorpus(set.corpus, set.knowledge);
  const score = scoreTimeline(gold, timeline);
  return summary(set.name, score) + (verbose ? `\n${details(score)}` : '');
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' },
      gold: { type: 'string' },
      knowledge: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
    strict: true,
  });
  const sets: EvalSet[] =
    values.corpus && values.gold
      ? [
          {
            name: values.corpus,
            corpus: values.corpus,
            gold: values.gold,
            knowledge: values.knowledge,
          },
        ]
      : parseWith(setsSchema, SETS_FILE, JSON.parse(readFileSync(SETS_FILE, 'utf8'))).sets;
  process.stdout.write(sets.map((set) => scoreSet(set, values.verbose)).join('\n\n') + '\n');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (
    error instanceof PipelineError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    process.stderr.write(`eval: ${(error as Error).message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
