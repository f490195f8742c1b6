import { z } from 'zod';
import { MAX_ID_LENGTH } from '../../shared/ids';
import { inputDaySchema } from './inputDates';

/**
 * What the app shows as written (a headline, an outlet): no invisible format
 * characters, whose bidi controls would show it, and the credit line after it, reversed.
 */
const shownText = z
  .string()
  .refine(
    (s) => !/(?![\u200C\u200D])\p{Cf}/u.test(s),
    'holds an invisible character (a bidi control, a zero-width space or a soft hyphen); remove it',
  );

export const manifestEntrySchema = z
  .object({
    id: z
      .string()
      .max(MAX_ID_LENGTH, `at most ${MAX_ID_LENGTH} characters`)
      .regex(
        /^[a-z0-9][a-z0-9_-]*$/,
        "use lower-case letters, digits, - and _ (the text file's name without .txt)",
      ),
    headline: shownText.min(1).nullable(),
    outlet: shownText.min(1),
    published: inputDaySchema,
    publishedNote: shownText.optional(),
    dateline: shownText.nullable(),
    url: z
      .string()
      .refine((u) => /^https?:\/\/[^\s]+$/i.test(u), 'only http and https links are allowed')
      .nullable(),
  })
  .strict();
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z.object({ articles: z.array(manifestEntrySchema) }).strict();
