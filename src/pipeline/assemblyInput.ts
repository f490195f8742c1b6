/**
 * What the assembly needs of an analysed article: the one type the main thread
 * (runPipeline.ts) and the analysis threads (parallel.ts) both speak, so that
 * neither imports the other for it.
 */
import type { Article, Happening } from './types';

export interface AssemblyInput {
  article: Article;
  happenings: Happening[];
  /** Whether any sentence held a date expression (else the run warns). */
  dated: boolean;
}
