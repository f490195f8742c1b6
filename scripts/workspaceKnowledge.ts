/**
 * The knowledge base as the workspace's worker reads it: loaded and checked at
 * build time by the pipeline's own loader, and served as one static JSON file
 * (`data/knowledge.json`), fetched only when the workspace opens. The corpus is
 * the build's (`CORPUS=DIR npm run build`, else the seeds).
 */
import { execFileSync } from 'node:child_process';
import type { Plugin } from 'vite';

export const KNOWLEDGE_ASSET = 'data/knowledge.json';

/** In a process of its own: the pipeline's modules are written for tsx, not for Vite's config loader. */
export function knowledgeJson(corpus = process.env.CORPUS || 'seeds'): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/knowledgeJson.ts', corpus], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
}

export function workspaceKnowledge(): Plugin {
  return {
    name: 'workspace-knowledge',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: KNOWLEDGE_ASSET, source: knowledgeJson() });
    },
  };
}
