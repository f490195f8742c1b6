/**
 * `npm run extract`: corpus folder in, timeline.json out. Errors a person can fix
 * print one line and exit 1; the previous output is left untouched.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PipelineError } from './errors';
import { extractCorpusInThreads } from './runPipeline';
import { serialiseTimeline } from './stages/writeTimeline';
import { explainText } from './explain';
import { MANIFEST_FILE } from './corpus/readCorpus';
import {
  KNOWLEDGE_DIR,
  KNOWLEDGE_FILES,
  OPTIONAL_KNOWLEDGE_FILES,
} from './knowledge/loadKnowledge';
import { checkOutputPath, writeOutputAtomic } from './outputFile';
import {
  CORRECTIONS_FILE,
  correctionsPathFor,
  readCorrections,
  type CorrectionsInput,
} from './corpus/readCorrections';
import type { DanglingCorrection } from '../shared/corrections/applyCorrections';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const HELP = `Usage: npm run extract -- [options]

Reads the article corpus and writes the timeline data the app loads.

Options:
  --corpus DIR          corpus folder with manifest.json, *.txt and knowledge/ (default: seeds)
  --out FILE            where to write the timeline (default: public/data/timeline.json)
  --knowledge DIR       knowledge base folder (default: the corpus's knowledge/)
  --corrections FILE    a corrections file (docs/corrections.md): its articles are read with the
                        corpus, its corrections applied after (default: the corpus's
                        ${CORRECTIONS_FILE}, when it has one)
  --explain PATH ...    explain articles instead (files, or folders of .txt files): each date
                        expression, how it was resolved and why, the actors and incidents
                        linked, the events made
  --published DATE      with --explain: publication date (YYYY-MM-DD) of a text not in the manifest
  --json                with --explain: print JSON, one object per date expression
  -h, --help            show this help
`;

/** Files to explain: each path given, a folder standing for the .txt files in it. */
function explainTargets(paths: string[]): string[] {
  return paths.flatMap((path) => {
    if (!existsSync(path)) return [path];
    if (!statSync(path).isDirectory()) return [path];
    const texts = readdirSync(path)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(path, name));
    if (texts.length === 0)
      throw new PipelineError(path, 'is a folder with no .txt files to explain.');
    return texts;
  });
}

/** Every file a run reads: what --out must never be. */
function inputsOf(corpus: string, knowledge: string | undefined): string[] {
  let texts: string[] = [];
  try {
    texts = readdirSync(corpus).filter((name) => name.endsWith('.txt'));
  } catch {
    // The corpus reader says what is wrong with the folder.
  }
  const knowledgeDir = knowledge ?? join(corpus, KNOWLEDGE_DIR);
  return [
    join(corpus, MANIFEST_FILE),
    ...texts.map((name) => join(corpus, name)),
    ...KNOWLEDGE_FILES.map((name) => join(knowledgeDir, name)),
    ...OPTIONAL_KNOWLEDGE_FILES.map((name) => join(knowledgeDir, name)).filter(existsSync),
  ];
}

/**
 * A dangling correction is listed, one line each with the reason, and the run goes
 * on: the rest of the file still applies, and the person decides what to do with it.
 */
function reportCorrections(
  input: CorrectionsInput,
  applied: number,
  dangling: DanglingCorrection[],
): void {
  for (const d of dangling)
    process.stderr.write(
      `extract: dangling correction: ${input.path}: "${d.id}" (${d.field} of event "${d.event}") was not applied: ${d.reason}.\n`,
    );
  const added = input.file.articles.length;
  process.stdout.write(
    `extract: ${input.path}: ${plural(added, 'added article')}, ${plural(applied, 'correction')} applied${dangling.length > 0 ? `, ${dangling.length} dangling (listed above)` : ''}\n`,
  );
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'public/data/timeline.json' },
      knowledge: { type: 'string' },
      corrections: { type: 'string' },
      explain: { type: 'string' },
      published: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  // Paths stay as the user typed them, so messages name files the way they know them.
  const corpus = values.corpus;
  if (values.explain !== undefined) {
    if (values.explain === '')
      throw new PipelineError('--explain', 'needs a file or a folder of .txt files to explain.');
    for (const file of explainTargets([values.explain, ...positionals])) {
      process.stdout.write(
        explainText({
          corpusDir: corpus,
          knowledgeDir: values.knowledge,
          file,
          published: values.published,
          json: values.json,
        }),
      );
    }
    return 0;
  }
  if (positionals.length > 0)
    throw new PipelineError(positionals[0]!, 'unexpected argument. Did you mean --explain?');
  const started = performance.now();
  const knowledgeDir = values.knowledge;
  // Checked before any work, so a wrong --out costs nothing and destroys nothing.
  const correctionsPath = correctionsPathFor(corpus, values.corrections);
  checkOutputPath(values.out, [
    ...inputsOf(corpus, knowledgeDir),
    ...(correctionsPath === null ? [] : [correctionsPath]),
  ]);
  const corrections = correctionsPath === null ? undefined : readCorrections(correctionsPath);
  // Large corpora spread the per-article stages over the cores; small ones are not worth the threads.
  const extraction = await extractCorpusInThreads(corpus, knowledgeDir, { corrections });
  const { timeline, warnings } = extraction;
  for (const warning of warnings) process.stderr.write(`extract: warning: ${warning}\n`);
  if (corrections && extraction.corrections)
    reportCorrections(
      corrections,
      extraction.corrections.applied.length,
      extraction.corrections.dangling,
    );
  const out = values.out;
  const json = serialiseTimeline(timeline);
  const unchanged = existsSync(out) && readFileSync(out, 'utf8') === json;
  if (!unchanged) writeOutputAtomic(out, json);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `extract: ${plural(timeline.articles.length, 'article')} → ${plural(timeline.events.length, 'event')} in ${ms} ms → ${values.out}${unchanged ? ' (unchanged)' : ''}\n`,
  );
  return 0;
}

/** A message a person can act on: one line, exit code 1. Anything else is a bug, and throws. */
function report(error: unknown): void {
  if (
    error instanceof PipelineError ||
    String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_')
  ) {
    process.stderr.write(`extract: ${(error as Error).message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}

// No top-level await: scripts/cli.mjs compiles this file to CommonJS, to run it with a code cache.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, report);
