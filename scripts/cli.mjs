// npm run extract: the pipeline's CLI, compiled into one file with esbuild (which
// Vite already brings) and run from there. tsx compiles every module on each start;
// a person adding articles runs --explain once per article, so the CLI should start
// fast. The compiled file is rebuilt whenever a source file is newer than it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'node_modules', '.cache', 'crisis-timeline-cli');
const entry = join(outdir, 'cli.mjs');

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
    );
if (stale) {
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/pipeline/cli.ts', analyseThread: 'src/pipeline/analyseThread.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Prefer packages' ES builds: some UMD builds require files by paths a bundle loses.
    mainFields: ['module', 'main'],
    // The tagger's model is 3 MB of JSON: inlined, it becomes an object literal that
    // takes longer to compile than Node's JSON.parse takes to read the file.
    external: ['wink-eng-lite-web-model'],
    // Some dependencies are CommonJS and call require().
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
}
await import(pathToFileURL(entry).href);
