/**
 * What the event panel may ask of the workspace, as the app hands it down: keep a
 * step of corrections, take the last back, bring it back. Types only: the app
 * implements it by fetching the workspace's chunk when first asked (features may
 * not import one another), so a reader who never corrects anything loads none of it.
 */
import type { Correction } from './correctionsSchema';

/** Each resolves to null once the change is kept and shown, or to why it was not. */
export interface Curation {
  correct(step: Correction[]): Promise<string | null>;
  undo(): Promise<string | null>;
  redo(): Promise<string | null>;
  canUndo: boolean;
  canRedo: boolean;
}
