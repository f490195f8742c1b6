/**
 * What the workspace and its extraction worker say to each other. Articles and the
 * knowledge base go in; progress, then the machine's timeline (or one error line),
 * come back. Plain data only: it crosses the worker boundary by structured clone.
 */
import type { Article, TimelineFile } from '../../shared/schema';
import type { KnowledgeBase } from '../../pipeline/core/createPipeline';

export interface ExtractRequest {
  type: 'extract';
  /** Answers carry it back, so a late answer to an earlier request is recognised. */
  request: number;
  articles: Article[];
  /** Sent with the first request only: the worker keeps its pipeline for later ones. */
  knowledge?: KnowledgeBase;
}

/** How far the worker has got: the tagger's model, then each article, then the assembly. */
export interface ExtractProgress {
  type: 'progress';
  request: number;
  stage: 'tagger' | 'article' | 'assembly';
  done: number;
  total: number;
}

export interface ExtractDone {
  type: 'done';
  request: number;
  timeline: TimelineFile;
  /** How long the worker took, in its own clock: tagger warm-up, analysis and assembly. */
  ms: number;
}

export interface ExtractFailed {
  type: 'failed';
  request: number;
  message: string;
}

export type ExtractReply = ExtractProgress | ExtractDone | ExtractFailed;
