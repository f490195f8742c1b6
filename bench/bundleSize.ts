/** Sizes of the built app's JS and CSS, minified and gzipped, per file and per package. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

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

/** The gzipped bytes of the JS that `index.html` loads itself (other chunks come when asked for). */
export function upFrontJsBytes(bundle: readonly BundleFile[], html: string): number {
  return bundle
    .filter((f) => f.file.endsWith('.js') && html.includes(`assets/${f.file}`))
    .reduce((s, f) => s + f.gzipBytes, 0);
}

export interface PackageShare {
  name: string;
  /** This package's share of the shipped JS, gzipped, in bytes. */
  gzipBytes: number;
}

/** "react-dom" for .../node_modules/react-dom/..., "@egjs/hammerjs" for scoped ones, "app" for our code. */
function packageOf(id: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  return match?.[1] ?? (id.includes('/src/') ? 'app' : 'bundler runtime');
}

/**
 * Which packages the shipped JS is made of. Modules are measured before
 * minification, gzipped one by one, and the shares scaled to the real gzipped
 * total: an estimate of who takes what, not a byte-exact account.
 */
export async function packageShares(totalGzipBytes: number): Promise<PackageShare[]> {
  const result = (await build({ logLevel: 'silent', build: { write: false } })) as
    Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const gz = new Map<string, number>();
  for (const output of [result].flat())
    for (const chunk of output.output)
      if (chunk.type === 'chunk')
        for (const [id, module] of Object.entries(chunk.modules))
          gz.set(packageOf(id), (gz.get(packageOf(id)) ?? 0) + gzipSync(module.code ?? '').length);
  const sum = [...gz.values()].reduce((a, b) => a + b, 0);
  return [...gz]
    .map(([name, bytes]) => ({ name, gzipBytes: (bytes / sum) * totalGzipBytes }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}
