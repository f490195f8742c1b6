/**
 * Writes a gzip copy beside every text file of a build (`x.json` → `x.json.gz`),
 * the way static hosts serve them (nginx gzip_static, Netlify, GitHub Pages
 * compress on the fly). The timeline's JSON repeats itself and shrinks many times
 * over (`npm run bench` prints the sizes).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/** @param {string} dir */
export function precompress(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) precompress(path);
    else if (TEXT.has(extname(name))) writeFileSync(`${path}.gz`, gzipSync(readFileSync(path)));
  }
}
