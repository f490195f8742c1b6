/**
 * The timeline as the app loads it, in two kinds of file made from `timeline.json`
 * (schema.ts stays the one definition of an event; these are views of it):
 *
 * - `data/outline.json`: what the first view needs of every event (id, title, kind,
 *   date, actors, crisis, the articles that tell it), one array per field rather
 *   than one object per event. A browser turns a column of 100,000 strings into
 *   values several times faster than 100,000 objects with the same keys, and the
 *   passages and explanations, most of an event's bytes, are left out.
 * - `data/parts/<n>.json`: whole events, a run of them in the outline's order, with
 *   the articles they quote: fetched when an event is opened or exported.
 * - `data/passages/<n>.json`: the same run's passages alone, what a search reads
 *   besides the outline: a few times smaller than the part, whose articles' texts
 *   and explanations a search never reads, and held as strings, not objects.
 *
 * Written by the build (scripts/timelineParts.ts) from the checked `timeline.json`.
 */
import * as z from 'zod/mini';
import {
  ACTOR_ROLES,
  DATE_BASES,
  EVENT_CONTEXTS,
  EVENT_KINDS,
  MAX_TITLE_LENGTH,
  PRECISIONS,
  actorSchema,
  articleSchema,
  crisisSchema,
  idSchema,
  noBidiControls,
  partialDateSchema,
  timelineEventSchema,
} from './schema.ts';

const ID = '[a-z0-9][a-z0-9_-]*';
const DAY = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** One entry per event, in the same order in every array. */
export const outlineColumnsSchema = z.object({
  id: z.array(idSchema),
  title: z.array(z.string().check(z.minLength(1), z.maxLength(MAX_TITLE_LENGTH), noBidiControls)),
  kind: z.array(z.enum(EVENT_KINDS)),
  start: z.array(partialDateSchema),
  end: z.array(z.nullable(partialDateSchema)),
  precision: z.array(z.enum(PRECISIONS)),
  basis: z.array(z.enum(DATE_BASES)),
  /** Bits: OUTLINE_FLAGS in timelineParts.ts. */
  flags: z.array(z.int().check(z.nonnegative(), z.lte(15))),
  crisis: z.array(z.nullable(idSchema)),
  context: z.array(z.nullable(z.enum(EVENT_CONTEXTS))),
  /** Who took part, "id role id role …": ids and roles hold no space. */
  actors: z.array(
    z.string().check(z.regex(new RegExp(`^(${ID} (${ACTOR_ROLES.join('|')})( |$))*$`))),
  ),
  /** The articles that tell it, each with its day of publication: "article day …". */
  sources: z.array(z.string().check(z.regex(new RegExp(`^${ID} ${DAY}( ${ID} ${DAY})*$`)))),
});
export type OutlineColumns = z.infer<typeof outlineColumnsSchema>;

/** An article without its text, which comes with the parts that quote it. */
export const articleMetaSchema = z.omit(articleSchema, { text: true });
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const timelineOutlineSchema = z.object({
  schemaVersion: z.literal(1),
  articles: z.array(articleMetaSchema),
  actors: z.array(actorSchema),
  crises: z.array(crisisSchema),
  events: outlineColumnsSchema,
  /** How many events each part holds, in order: part n is `data/parts/<n>.json`. */
  parts: z.array(z.int().check(z.nonnegative())).check(z.minLength(1)),
  /** The JSON characters of all parts together: what fetching every event's details costs. */
  partChars: z.int().check(z.nonnegative()),
});
export type TimelineOutline = z.infer<typeof timelineOutlineSchema>;

export const timelinePartSchema = z.object({
  schemaVersion: z.literal(1),
  /** The outline position of the part's first event. */
  first: z.int().check(z.nonnegative()),
  events: z.array(timelineEventSchema),
  /** The articles its events quote, texts included. */
  articles: z.array(articleSchema),
});
export type TimelinePart = z.infer<typeof timelinePartSchema>;

export const timelinePassagesSchema = z.object({
  schemaVersion: z.literal(1),
  /** The outline position of the first event, as in the part of the same number. */
  first: z.int().check(z.nonnegative()),
  /** Each event's passages, one per line (searchIndex.ts's `passagesOf`). */
  passages: z.array(z.string()),
});
export type TimelinePassages = z.infer<typeof timelinePassagesSchema>;
