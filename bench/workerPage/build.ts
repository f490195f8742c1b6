/**
 * Builds the worker probe page (index.html, probe.ts) into a folder, under the app's
 * own Content-Security-Policy, with the knowledge base beside it as the app's build
 * writes it: what the bench times and the browser test drives.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { loadKnowledge } from '../../src/pipeline/knowledge/loadKnowledge';

export async function buildWorkerPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: new URL('.', import.meta.url).pathname,
    base: './',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
    worker: { format: 'es' },
    plugins: [
      {
        name: 'content-security-policy',
        transformIndexHtml: () => [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
            injectTo: 'head-prepend',
          },
        ],
      },
    ],
  });
  mkdirSync(join(outDir, 'data'), { recursive: true });
  writeFileSync(join(outDir, 'data/knowledge.json'), JSON.stringify(loadKnowledge('seeds')));
}
