/**
 * The one definition of `timeline.json`'s shape; src/shared/timelineIntegrity.ts
 * adds what a shape cannot say (real calendar days, ids used once). The pipeline validates what it writes
 * with it, the app validates what it reads with it, and `npm run extract` also
 * publishes it as JSON Schema (public/timeline.schema.json) for other tools.
 * Written with zod/mini: the app ships it, and classic zod would cost every
 * visitor several times as much script for the same checks.
 */
import * as z from 'zod/mini';
// With its extension: vite.config.ts reaches this file (through the build's
// compiled event check), and Vite's native config loader wants one.
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  DATE_BASES,
  EVENT_CONTEXTS,
  EVENT_KINDS,
  PRECISIONS,
  MAX_TITLE_LENGTH,
} from './vocabulary.ts';
import { MAX_ID_LENGTH } from './ids.ts';

export * from './vocabulary.ts';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a calendar date at the precision the text supports. */
export const partialDateSchema = z
  .string()
  .check(
    z.regex(
      /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
      'expected YYYY, YYYY-MM or YYYY-MM-DD',
    ),
  );

const HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/\S+$/;

export const dayDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD'));

/**
 * Ids are keys in the app's maps and in vis-timeline's plain objects: "constructor",
 * the one lower-case name every plain object already has, would collide. They are
 * also file names (`e/<id>.html`) and link values, so they have one length limit
 * (ids.ts), which the pipeline, the manifest and the link reader share.
 */
export const idSchema = z
  .string()
  .check(
    z.maxLength(MAX_ID_LENGTH, `at most ${MAX_ID_LENGTH} characters`),
    z.regex(
      /^(?!constructor$)[a-z0-9][a-z0-9_-]*$/,
      'lower-case letters, digits, - and _ (and not "constructor")',
    ),
  );

/**
 * What the app shows as a name or title carries no bidi controls: a right-to-left
 * override would show its words reversed, and the date or credit after them, in the
 * tab, the panel, the share pages and the exports. The pipeline never writes one (it
 * takes them out of titles and refuses them in the manifest and knowledge base).
 */
export const noBidiControls = z.regex(
  /^[^\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/,
  'no bidi controls',
);

export const eventDateSchema = z.object({
  start: partialDateSchema,
  /** Inclusive end, for ranges ("June 13-14") and open intervals resolved to a span. */
  end: z.optional(partialDateSchema),
  precision: z.enum(PRECISIONS),
  basis: z.enum(DATE_BASES),
  /** The words in the article the date came from, when it came from the text. */
  expression: z.optional(z.string()),
  /** One sentence a reader can check: how the expression became this date. */
  explanation: z.string(),
  /** "Since January 2018": it began then and, as far as the text says, goes on. */
  ongoing: z.optional(z.literal(true)),
  /**
   * The text does not date it: it happened on or before `start`, the day the
   * report was published (basis "publication"), not necessarily on that day.
   */
  onOrBefore: z.optional(z.literal(true)),
});
export type EventDate = z.infer<typeof eventDateSchema>;

export const sourceSchema = z.object({
  article: idSchema,
  /** Verbatim: `article.text.slice(offset, offset + length) === excerpt`. */
  excerpt: z.string().check(z.minLength(1)),
  offset: z.int().check(z.nonnegative()),
  length: z.int().check(z.positive()),
  published: partialDateSchema,
});
export type Source = z.infer<typeof sourceSchema>;

export const eventActorSchema = z.object({ id: idSchema, role: z.enum(ACTOR_ROLES) });
export type EventActor = z.infer<typeof eventActorSchema>;

/**
 * What a person can correct in an event (src/shared/corrections/): a field's value,
 * or the event itself: drop it, merge another into it, split passages off it, or
 * attach a passage as evidence.
 * Here rather than in vocabulary.ts, which the app loads up front: only a corrected
 * file, read by zod, needs it.
 */
export const CORRECTION_FIELDS = [
  'title',
  'date',
  'kind',
  'actors',
  'crisis',
  'context',
  'drop',
  'merge',
  'split',
  'evidence',
] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

/** One correction a person made to an event: which field, when, and why if they said. */
export const correctionRecordSchema = z.object({
  /** The correction's id in the corrections file it came from. */
  id: z.string().check(z.minLength(1)),
  field: z.enum(CORRECTION_FIELDS),
  /** ISO 8601 date and time the person made it. */
  at: z.string().check(z.minLength(1)),
  note: z.optional(z.string()),
});
export type CorrectionRecord = z.infer<typeof correctionRecordSchema>;

/**
 * Set when a person corrected the event by hand: what they did, and the machine's
 * own reading of every field they changed, so the app and the exports can say
 * "corrected by hand" and show what the machine read. Nothing is overwritten
 * without a trace.
 */
export const correctedSchema = z.object({
  records: z.array(correctionRecordSchema).check(z.minLength(1)),
  /** The machine's values of the fields a person changed, as the pipeline read them. */
  machine: z.object({
    title: z.optional(z.string()),
    kind: z.optional(z.enum(EVENT_KINDS)),
    date: z.optional(eventDateSchema),
    actors: z.optional(z.array(eventActorSchema)),
    crisis: z.optional(z.nullable(idSchema)),
    /** null: the machine had it as news of its own. */
    context: z.optional(z.nullable(z.enum(EVENT_CONTEXTS))),
    sources: z.optional(z.array(sourceSchema)),
    /** Events a person merged into this one, as the machine had them. */
    mergedFrom: z.optional(z.array(z.object({ id: idSchema, title: z.string() }))),
    /** The event a person split this one off from. */
    splitFrom: z.optional(idSchema),
  }),
});
export type Corrected = z.infer<typeof correctedSchema>;

export const timelineEventSchema = z.object({
  id: idSchema,
  title: z.string().check(z.minLength(1), z.maxLength(MAX_TITLE_LENGTH), noBidiControls),
  kind: z.enum(EVENT_KINDS),
  date: eventDateSchema,
  actors: z.array(eventActorSchema),
  crisis: z.nullable(idSchema),
  place: z.optional(z.string()),
  /**
   * Set when the event is not news of its own: a happening named in passing (the
   * 2001 attacks in a casualty figure) or one still to come ("will meet on Monday").
   */
  context: z.optional(z.enum(EVENT_CONTEXTS)),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  /** Told by at least one article a person added themselves (not the corpus's own). */
  fromOwnArticles: z.optional(z.literal(true)),
  corrected: z.optional(correctedSchema),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const articleSchema = z.object({
  id: idSchema,
  headline: z.nullable(z.string().check(noBidiControls)),
  outlet: z.string().check(z.minLength(1), noBidiControls),
  published: dayDateSchema,
  /** Set when the publication date was inferred rather than read off the page. */
  publishedNote: z.optional(z.string()),
  dateline: z.nullable(z.string()),
  // A pattern, not z.url(): JSON Schema can say exactly this (the app's compiled
  // check is generated from it), and it is what the manifest accepts. Written
  // without the i flag, which JSON Schema patterns cannot carry.
  url: z.nullable(z.string().check(z.regex(HTTP_URL, 'only http and https links'))),
  text: z.string(),
  /** A person added it in the corrections file (or the workspace): not the corpus's own. */
  own: z.optional(z.literal(true)),
});
export type Article = z.infer<typeof articleSchema>;

export const actorSchema = z.object({
  id: idSchema,
  name: z.string().check(z.minLength(1), noBidiControls),
  /** What a crowded label shows ("Pompeo", "JeM"). */
  shortName: z.string().check(z.minLength(1), noBidiControls),
  kind: z.enum(ACTOR_KINDS),
  country: z.optional(idSchema),
  /** A person's office at the time of these events ("US Secretary of State, 2018–2021"). */
  role: z.optional(z.string()),
});
export type Actor = z.infer<typeof actorSchema>;

export const crisisSchema = z.object({
  id: idSchema,
  name: z.string().check(z.minLength(1), noBidiControls),
  start: dayDateSchema,
  end: dayDateSchema,
  trigger: z.nullable(idSchema),
  /** The first day of the trigger incident: day 0 when the crises are set side by side. */
  triggerDay: z.optional(dayDateSchema),
  description: z.string().check(z.minLength(1)),
});
export type Crisis = z.infer<typeof crisisSchema>;

export const timelineFileSchema = z.object({
  schemaVersion: z.literal(1),
  articles: z.array(articleSchema),
  actors: z.array(actorSchema),
  crises: z.array(crisisSchema),
  events: z.array(timelineEventSchema),
});
export type TimelineFile = z.infer<typeof timelineFileSchema>;
