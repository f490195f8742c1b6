/**
 * The page's side of the extraction worker: starts it (its chunk, with the tagger's
 * model, is fetched only now), fetches the knowledge base the build wrote
 * (`data/knowledge.json`) once, and turns requests into promises. Progress is
 * passed on as it comes, so the workspace can show the model loading.
 */
import type { Article, TimelineFile } from '../../shared/schema';
import type { ExtractProgress, ExtractReply, ExtractRequest } from './workerProtocol';

export type { ExtractProgress };

export interface Extracted {
  timeline: TimelineFile;
  /** The worker's own time for the request. */
  ms: number;
}

export interface ExtractionClient {
  extract(articles: Article[], onProgress?: (p: ExtractProgress) => void): Promise<Extracted>;
  /** Stops the worker; requests still waiting are refused. */
  close(): void;
}

interface Waiting {
  resolve(extracted: Extracted): void;
  reject(error: Error): void;
  onProgress?: (p: ExtractProgress) => void;
}

/** The knowledge base, fetched once; a failed fetch is an error a person can read. */
async function fetchKnowledge(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`the knowledge base (${url}) could not be loaded: ${response.status}`);
  return response.json();
}

export function startExtraction(knowledgeUrl = 'data/knowledge.json'): ExtractionClient {
  const worker = new Worker(new URL('./extractWorker.ts', import.meta.url), {
    type: 'module',
    name: 'extract',
  });
  const waiting = new Map<number, Waiting>();
  let next = 0;
  let knowledgeSent = false;
  let knowledge: Promise<unknown> | null = null;

  worker.onmessage = ({ data }: MessageEvent<ExtractReply>) => {
    const request = waiting.get(data.request);
    if (!request) return;
    if (data.type === 'progress') request.onProgress?.(data);
    else {
      waiting.delete(data.request);
      if (data.type === 'done') request.resolve({ timeline: data.timeline, ms: data.ms });
      else request.reject(new Error(data.message));
    }
  };
  worker.onerror = (event) => {
    const error = new Error(`the extraction worker stopped: ${event.message}`);
    for (const request of waiting.values()) request.reject(error);
    waiting.clear();
  };

  return {
    async extract(articles, onProgress) {
      // A failed fetch is not kept: the next request tries again (the network may be back).
      knowledge ??= fetchKnowledge(knowledgeUrl).catch((error: unknown) => {
        knowledge = null;
        throw error;
      });
      const kb = await knowledge;
      const request = next++;
      const message = {
        type: 'extract',
        request,
        articles,
        ...(knowledgeSent ? {} : { knowledge: kb }),
      } as ExtractRequest;
      knowledgeSent = true;
      return new Promise<Extracted>((resolve, reject) => {
        waiting.set(request, { resolve, reject, onProgress });
        worker.postMessage(message);
      });
    },
    close() {
      worker.terminate();
      for (const request of waiting.values()) request.reject(new Error('the workspace closed'));
      waiting.clear();
    },
  };
}
