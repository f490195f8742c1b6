import { z } from 'zod';
import { MAX_ID_LENGTH } from '../../shared/ids';
import { inputDaySchema } from './inputDates';

export const manifestEntrySchema = z
  .object({
    id: z
      .string()
      .max(MAX_ID_LENGTH, `at most ${MAX_ID_LENGTH} characters`)
      .regex(
        /^[a-z0-9][a-z0-9_-]*$/,
        "use lower-case letters, digits, - and _ (the text file's name without .txt)",
      ),
    headline: z.string().min(1).nullable(),
    outlet: z.string().min(1),
    published: inputDaySchema,
    publishedNote: z.string().optional(),
    dateline: z.string().nullable(),
    url: z
      .string()
      .refine((u) => /^https?:\/\/[^\s]+$/i.test(u), 'only http and https links are allowed')
      .nullable(),
  })
  .strict();
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z.object({ articles: z.array(manifestEntrySchema) }).strict();
