// Runs the CLI's CommonJS bundle with a V8 code cache beside it. Compiling the
// 1.3 MB bundle, and then each function as it first runs, is a tenth of an
// `--explain` on one article; with the cache V8 reads the bytecode instead.
// Node 20 has no module.enableCompileCache (Node 22), so this is vm.Script's
// cachedData, as v8-compile-cache does it.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** What Node wraps a CommonJS file in, on the file's first line so that line numbers hold. */
const wrap = (source) =>
  `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;

/**
 * Runs `file` as Node would run a CommonJS file. The cache is named by the bundle's
 * content and Node's version, since V8 checks only the source's length and its own
 * version and flags; a cache V8 refuses is written anew.
 */
export function runWithCodeCache(file) {
  const source = readFileSync(file, 'utf8');
  const digest = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const cacheFile = `${file}.${process.version}.${digest}.code-cache`;
  const cachedData = readCache(cacheFile);
  const script = new Script(wrap(source), { filename: file, cachedData });
  // Written once the run is over, so the functions it compiled on the way are in it.
  if (cachedData === undefined || script.cachedDataRejected)
    process.once('exit', () => writeCache(cacheFile, script));
  const module = { exports: {} };
  script
    .runInThisContext()
    .call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
}

/** The cache, or undefined: none yet, or another run just rebuilt the bundle and removed it. */
function readCache(cacheFile) {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/** Atomically, so a run reading the cache never sees half of one another run is writing. */
function writeCache(cacheFile, script) {
  const partial = `${cacheFile}.${process.pid}.partial`;
  try {
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch {
    // A cache that cannot be written costs the next run its compile time, nothing more.
    rmSync(partial, { force: true });
  }
}
