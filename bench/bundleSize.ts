/** Sizes of the built app's JS and CSS, minified and gzipped, per file. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export function bundleSizes(dir = 'dist/assets'): BundleFile[] {
  return readdirSync(dir)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((file) => {
      const path = join(dir, file);
      return {
        file,
        bytes: statSync(path).size,
        gzipBytes: gzipSync(readFileSync(path), { level: 9 }).length,
      };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}
