/**
 * `npm run bench`: measures and prints; asserts nothing (CI machines are noisy).
 * Results also go to bench/results/<timestamp>.json (not committed).
 *
 *   npm run bench                 pipeline on 1,000 and 10,000 synthetic articles, and the bundle
 *   npm run bench -- --quick      1,000 articles only, 3 runs
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSizes } from './bundleSize';

const quick = process.argv.includes('--quick');
const sizes = quick ? [1000] : [1000, 10000];
const runs = quick ? 3 : 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface PipelineResult {
  size: number;
  times: number[];
  events: number;
  peakRssMb: number;
}

const pipeline: (PipelineResult & { medianMs: number; articlesPerSecond: number })[] = [];
console.log(`Pipeline (one core, ${runs} runs each, synthetic corpora made from the seeds)`);
console.log('  articles   median ms    min ms    max ms   articles/s   events   peak RSS MB');
for (const size of sizes) {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'bench/pipelineWorker.ts', String(size), String(runs)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  const result = JSON.parse(out.trim().split('\n').at(-1)!) as PipelineResult;
  const med = median(result.times);
  const row = { ...result, medianMs: med, articlesPerSecond: (size / med) * 1000 };
  pipeline.push(row);
  console.log(
    `  ${String(size).padStart(8)} ${med.toFixed(0).padStart(11)} ${Math.min(...result.times)
      .toFixed(0)
      .padStart(9)} ${Math.max(...result.times)
      .toFixed(0)
      .padStart(
        9,
      )} ${row.articlesPerSecond.toFixed(0).padStart(12)} ${String(result.events).padStart(8)} ${result.peakRssMb.toFixed(0).padStart(13)}`,
  );
}
if (pipeline.length === 2) {
  const [a, b] = pipeline as [(typeof pipeline)[0], (typeof pipeline)[0]];
  console.log(
    `  growth 1k → 10k: ×${(b.medianMs / a.medianMs).toFixed(2)} time for ×10 articles (linear = ×10)`,
  );
}

let bundle: ReturnType<typeof bundleSizes> = [];
if (existsSync('dist/assets')) {
  bundle = bundleSizes();
  const kib = (n: number) => (n / 1024).toFixed(1).padStart(8);
  console.log('\nBundle (dist/assets; run npm run build first for a fresh one)');
  console.log('  file                                   minified KiB   gzip KiB');
  for (const f of bundle)
    console.log(`  ${f.file.padEnd(38)} ${kib(f.bytes)}     ${kib(f.gzipBytes)}`);
  const js = bundle.filter((f) => f.file.endsWith('.js')).reduce((s, f) => s + f.gzipBytes, 0);
  console.log(`  total JS gzip: ${(js / 1024).toFixed(1)} KiB`);
} else {
  console.log('\nBundle: no dist/ yet; run npm run build, then npm run bench.');
}

mkdirSync('bench/results', { recursive: true });
const file = join('bench/results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, pipeline, bundle }, null, 2)}\n`,
);
console.log(`\nwritten ${file}`);
