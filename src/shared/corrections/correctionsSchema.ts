/**
 * The one corrections file: the articles a person added and the corrections they
 * made, as the workspace exports it and `npm run extract -- --corrections FILE`
 * applies it (docs/corrections.md). Each correction is keyed to what it rests on:
 * the event's id and the passages (article id and verbatim excerpt) it was made
 * from, so that after the extraction rules change it re-finds its event by
 * passage when the id moved (applyCorrections.ts). Written with zod/mini, as the
 * timeline's schema is: the workspace in the browser reads the same file.
 */
import * as z from 'zod/mini';
import {
  ACTOR_ROLES,
  EVENT_CONTEXTS,
  EVENT_KINDS,
  MAX_TITLE_LENGTH,
  PRECISIONS,
  dayDateSchema,
  idSchema,
  partialDateSchema,
} from '../schema';

export const CORRECTIONS_FORMAT = 'crisis-timeline-corrections';
export const CORRECTIONS_VERSION = 1;

const BIDI_CONTROLS = /^[^\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/;
const words = z.string().check(z.minLength(1), z.regex(BIDI_CONTROLS, 'no bidi controls'));

/** A passage an event rests on: the article and the words, verbatim. */
export const passageSchema = z.strictObject({
  article: idSchema,
  excerpt: z.string().check(z.minLength(1)),
});
export type Passage = z.infer<typeof passageSchema>;

/** Evidence a person selected in the article: its words and where they start. */
export const evidenceSchema = z.strictObject({
  article: idSchema,
  excerpt: z.string().check(z.minLength(1)),
  offset: z.int().check(z.nonnegative()),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** What a correction rests on: the event's id, and the passages it was told by. */
export const eventKeySchema = z.strictObject({
  id: idSchema,
  passages: z.array(passageSchema).check(z.minLength(1)),
});
export type EventKey = z.infer<typeof eventKeySchema>;

/** A date as a person gives it: a day, month or year, a span, "on or before". */
export const handDateSchema = z.strictObject({
  start: partialDateSchema,
  /** Inclusive end of a span. */
  end: z.optional(partialDateSchema),
  precision: z.enum(PRECISIONS),
  /** It happened on or before `start`, not necessarily on it. */
  onOrBefore: z.optional(z.literal(true)),
});
export type HandDate = z.infer<typeof handDateSchema>;

const titleSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(MAX_TITLE_LENGTH, `at most ${MAX_TITLE_LENGTH} characters`),
    z.regex(BIDI_CONTROLS, 'no bidi controls'),
  );
const actorsSchema = z.array(z.strictObject({ id: idSchema, role: z.enum(ACTOR_ROLES) }));

/** What every correction carries: its id, the event it rests on, when, and a note. */
const common = {
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  event: eventKeySchema,
  /** When the person made it (ISO 8601 with a time zone). Applied in this order. */
  at: z.iso.datetime({ offset: true }),
  note: z.optional(z.string()),
};

/** A value changed: the machine's value as the person saw it, and theirs. */
function valueCorrection<F extends string, T extends z.core.SomeType>(field: F, value: T) {
  return z.strictObject({
    ...common,
    field: z.literal(field),
    machine: value,
    person: value,
  });
}

export const correctionSchema = z.discriminatedUnion('field', [
  valueCorrection('title', titleSchema),
  valueCorrection('date', handDateSchema),
  valueCorrection('kind', z.enum(EVENT_KINDS)),
  valueCorrection('actors', actorsSchema),
  valueCorrection('crisis', z.nullable(idSchema)),
  /** null: news of its own. */
  valueCorrection('context', z.nullable(z.enum(EVENT_CONTEXTS))),
  /** The event is not one: taken off the timeline (the record keeps its title). */
  z.strictObject({ ...common, field: z.literal('drop'), machine: z.optional(z.string()) }),
  /** `other` is the same happening as `event`: its passages join `event`, and it goes. */
  z.strictObject({ ...common, field: z.literal('merge'), other: eventKeySchema }),
  /** These passages of `event` tell another happening: a new event, with the person's title. */
  z.strictObject({
    ...common,
    field: z.literal('split'),
    passages: z.array(passageSchema).check(z.minLength(1)),
    person: z.strictObject({ id: idSchema, title: titleSchema }),
  }),
  /** Words the person selected in an article, attached to the event as a source. */
  z.strictObject({ ...common, field: z.literal('evidence'), person: evidenceSchema }),
]);
export type Correction = z.infer<typeof correctionSchema>;

/** The longest text an added article may have, as the corpus's own files: 10 MB as UTF-8. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

const utf8 = new TextEncoder();

/** An article a person added: the manifest's fields, and its text. */
export const addedArticleSchema = z.strictObject({
  id: idSchema,
  headline: z.nullable(words),
  outlet: words,
  /** Required: it anchors every relative date in the text ("on Tuesday"). */
  published: dayDateSchema,
  url: z.nullable(
    z.string().check(z.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/\S+$/, 'only http and https links')),
  ),
  dateline: z.nullable(z.string()),
  text: z.string().check(
    z.minLength(1),
    // Characters first: a string of more than 10 MB characters is more than 10 MB.
    z.maxLength(MAX_ARTICLE_BYTES, 'at most 10 MB of text; split it into several articles'),
    z.refine(
      (text) => utf8.encode(text).length <= MAX_ARTICLE_BYTES,
      'at most 10 MB of text; split it into several articles',
    ),
  ),
});
export type AddedArticle = z.infer<typeof addedArticleSchema>;

export const correctionsFileSchema = z.strictObject({
  format: z.literal(CORRECTIONS_FORMAT),
  version: z.literal(CORRECTIONS_VERSION),
  articles: z.array(addedArticleSchema),
  corrections: z.array(correctionSchema),
});
export type CorrectionsFile = z.infer<typeof correctionsFileSchema>;

/** An empty file, to add to. */
export function emptyCorrections(): CorrectionsFile {
  return {
    format: CORRECTIONS_FORMAT,
    version: CORRECTIONS_VERSION,
    articles: [],
    corrections: [],
  };
}
