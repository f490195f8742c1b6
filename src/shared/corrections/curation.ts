/**
 * What the event panel may ask of the workspace, as the app hands it down: keep a
 * step of corrections, take the last back, bring it back. Types only: the app
 * implements it by fetching the workspace's chunk when first asked (features may
 * not import one another), so a reader who never corrects anything loads none of it.
 */
import type { Correction } from './correctionsSchema';
import type { TimelineEvent } from '../schema';

/** Each resolves to null once the change is kept and shown, or to why it was not. */
export interface Curation {
  correct(step: Correction[]): Promise<string | null>;
  undo(): Promise<string | null>;
  redo(): Promise<string | null>;
  canUndo: boolean;
  canRedo: boolean;
  /**
   * The whole event of `id` (its passages: what a merge records), fetching its part
   * when the timeline came in outline; undefined for an id the timeline lacks.
   */
  wholeEvent(id: string): Promise<TimelineEvent | undefined>;
}
