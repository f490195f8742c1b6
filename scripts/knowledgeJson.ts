/**
 * Prints a corpus's knowledge base as the pipeline loads it (checked, its phrases
 * read as the texts are), as JSON: what the workspace's worker is given. Run by the
 * build (scripts/workspaceKnowledge.ts) in a process of its own, so Vite's config
 * never loads the pipeline's modules.
 *
 *   tsx scripts/knowledgeJson.ts [CORPUS]
 */
import { loadKnowledge } from '../src/pipeline/knowledge/loadKnowledge';

process.stdout.write(`${JSON.stringify(loadKnowledge(process.argv[2] ?? 'seeds'))}\n`);
