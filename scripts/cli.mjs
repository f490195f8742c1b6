// npm run extract: the pipeline's CLI, compiled into one file with esbuild (which
// Vite already brings) and run from there. tsx compiles every module on each start;
// a person adding articles runs --explain once per article, so the CLI should start
// fast. The compiled file is rebuilt whenever a source file, or this one, is newer than it.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runWithCodeCache } from './codeCache.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'node_modules', '.cache', 'crisis-timeline-cli');
// CommonJS, so that it can run with a code cache (codeCache.mjs); its thread stays ES.
const entry = join(outdir, 'cli.cjs');
const ACKNOWLEDGED = 'acknowledged-warnings.json';
const REGEXP_TIER_UP_TICKS = 20;

function newestSource(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestSource(path) : stat.mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(entry) ||
  statSync(entry).mtimeMs <
    Math.max(
      newestSource(join(root, 'src', 'pipeline')),
      newestSource(join(root, 'src', 'shared')),
      // This file says how the bundle is built.
      statSync(fileURLToPath(import.meta.url)).mtimeMs,
    );
/** The tagger's model through src/pipeline/taggerModel.ts, which loads it faster. */
const taggerModelLoader = {
  name: 'tagger-model',
  setup(build) {
    build.onResolve({ filter: /^wink-eng-lite-web-model$/ }, () => ({
      path: join(root, 'src', 'pipeline', 'taggerModel.ts'),
    }));
  },
};

if (stale) {
  const { build } = await import('esbuild');
  for (const name of existsSync(outdir) ? readdirSync(outdir) : [])
    if (name.endsWith('.code-cache')) rmSync(join(outdir, name));
  const common = {
    absWorkingDir: root,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    // Prefer packages' ES builds: some UMD builds require files by paths a bundle loses.
    mainFields: ['module', 'main'],
    // The tagger's core model is megabytes of JSON: inlined, it would become an object
    // literal that takes longer to compile than Node's JSON.parse takes to read the file.
    // taggerModel.ts reads it as a file; the model's smaller parts are bundled.
    external: ['wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'],
    plugins: [taggerModelLoader],
    logLevel: 'warning',
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: { cli: 'src/pipeline/cli.ts' },
      outExtension: { '.js': '.cjs' },
      format: 'cjs',
      // parallel.ts finds its thread's file beside its own.
      define: { 'import.meta.url': '__cliFileUrl' },
      banner: { js: "const __cliFileUrl = require('node:url').pathToFileURL(__filename).href;" },
    }),
    build({
      ...common,
      entryPoints: { analyseThread: 'src/pipeline/analyseThread.ts' },
      outExtension: { '.js': '.mjs' },
      format: 'esm',
      // Some dependencies are CommonJS and call require(). Renamed: the bundle imports
      // createRequire itself (taggerModel.ts).
      banner: {
        js: "import { createRequire as requireFor } from 'node:module'; const require = requireFor(import.meta.url);",
      },
    }),
  ]);
}
// `CORPUS=DIR npm start` (or npm run build, npm run dev): your own articles, where
// the command line names no corpus.
if (process.env.CORPUS && corpusOf(process.argv.slice(2)) === null)
  process.argv.push('--corpus', process.env.CORPUS);
hideAcknowledgedWarnings(corpusOf(process.argv.slice(2)) ?? 'seeds');
// V8 compiles a regular expression to machine code after its first run (one "tick").
// chrono's parsers hold hundreds of large ones, and `--explain` on one article runs
// most of them a few times: compiling them all was about a third of its analysis.
// After REGEXP_TIER_UP_TICKS runs, the ones a whole corpus keeps using are compiled
// as before. Set before the bundle is compiled: V8 refuses a code cache made under
// other flags, so every run must set the same.
setFlagsFromString(`--regexp-tier-up-ticks=${REGEXP_TIER_UP_TICKS}`);
runWithCodeCache(entry);

/** The corpus folder the command line names, as the CLI will parse it, or null. */
function corpusOf(args) {
  const at = args.findIndex((arg) => arg === '--corpus' || arg.startsWith('--corpus='));
  if (at < 0) return null;
  return args[at].includes('=') ? args[at].slice('--corpus='.length) : (args[at + 1] ?? '');
}

/**
 * A corpus may list warnings about its own articles that nobody needs to act on
 * (ACKNOWLEDGED, beside manifest.json): the shipped seeds do, so that `npm start`
 * prints no warning a newcomer cannot act on. Every other warning still prints.
 */
function hideAcknowledgedWarnings(corpus) {
  const path = join(corpus, ACKNOWLEDGED);
  if (!existsSync(path)) return;
  /** @type {{ file: string; says: string }[]} */
  const acknowledged = JSON.parse(readFileSync(path, 'utf8')).warnings;
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (chunk, ...rest) => {
    const line = String(chunk);
    const known = acknowledged.some(
      ({ file, says }) =>
        line.startsWith(`extract: warning: ${join(corpus, file)}: `) && line.includes(says),
    );
    return known ? true : write(chunk, ...rest);
  };
}
