/**
 * zod's word on what the compiled checks refused: whether it is acceptable after
 * all (zod drops keys the schema does not name; the compiled checks refuse them)
 * and, if not, where and why. Imported only then, so a file the compiled checks
 * pass never loads zod.
 */
// First: configures zod before any schema is built (see the file).
import './zodWithoutEval';
import * as z from 'zod/mini';
import { timelineEventSchema, timelineFileSchema } from './schema';

export { timelineFileSchema };
export const eventsSchema = z.array(timelineEventSchema);
export type Issue = z.core.$ZodIssue;
