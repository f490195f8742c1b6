import { z } from 'zod';
import { isCalendarDay } from '../../shared/partialDate';

export const manifestEntrySchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
        'letters, digits, - and _ (the text file name without .txt)',
      ),
    headline: z.string().min(1).nullable(),
    outlet: z.string().min(1),
    published: z.string().refine(isCalendarDay, 'a real calendar date as YYYY-MM-DD'),
    publishedNote: z.string().optional(),
    dateline: z.string().nullable(),
    url: z
      .string()
      .refine(
        (u) => /^https?:\/\/[^\s]+$/i.test(u),
        'an http or https URL (other schemes are refused)',
      )
      .nullable(),
  })
  .strict();
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z.object({ articles: z.array(manifestEntrySchema) }).strict();
