import { z } from 'zod';
import { isCalendarDay } from '../../shared/partialDate';

export const manifestEntrySchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
        "use letters, digits, - and _ (the text file's name without .txt)",
      ),
    headline: z.string().min(1).nullable(),
    outlet: z.string().min(1),
    published: z.string().refine(isCalendarDay, 'not a real calendar date; use YYYY-MM-DD'),
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
