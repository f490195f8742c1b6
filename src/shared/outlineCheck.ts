/**
 * The outline's check for the first view: does `json` satisfy outlineSchema.ts?
 * Hand-written rather than compiled from the schema like the event check
 * (scripts/compiledEventCheck.ts): compiled, it cost every visitor about 4.9 KB
 * gzipped up front, this about a fifth of that. zod stays the judge: this check may
 * refuse what zod would take (keys the schema does not name), never the reverse, and
 * tests/unit/shared/outlineCheck.test.ts holds it to that. What it refuses is read
 * from the whole timeline.json instead, whose checks name the fault.
 */
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  DATE_BASES,
  EVENT_CONTEXTS,
  EVENT_KINDS,
  MAX_TITLE_LENGTH,
  PRECISIONS,
} from './vocabulary';
import { MAX_ID_LENGTH } from './ids';
import type { TimelineOutline } from './outlineSchema';

type Rule = (value: unknown) => boolean;

const ID = /^(?!constructor$)[a-z0-9][a-z0-9_-]*$/;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const NO_BIDI = /^[^\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/;
const HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/\S+$/;

const text: Rule = (v) => typeof v === 'string';
const matching =
  (pattern: RegExp, max = Infinity, min = 0): Rule =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max && pattern.test(v);
const oneOf = (values: readonly string[]): Rule => {
  const allowed = new Set<unknown>(values);
  return (v) => allowed.has(v);
};
const nullable =
  (rule: Rule): Rule =>
  (v) =>
    v === null || rule(v);
const optional =
  (rule: Rule): Rule =>
  (v) =>
    v === undefined || rule(v);
const arrayOf =
  (rule: Rule): Rule =>
  (v) =>
    Array.isArray(v) && v.every(rule);
const count: Rule = (v) => Number.isSafeInteger(v) && (v as number) >= 0;

/** A plain object with only these keys, each keeping its rule. */
const object =
  (shape: Record<string, Rule>): Rule =>
  (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const record = v as Record<string, unknown>;
    return (
      Object.keys(record).every((key) => Object.hasOwn(shape, key)) &&
      Object.entries(shape).every(([key, rule]) => rule(record[key]))
    );
  };

const id = matching(ID, MAX_ID_LENGTH);
const name = matching(NO_BIDI, Infinity, 1);
const day = matching(DAY);
const partialDate = matching(PARTIAL_DATE);
const yes: Rule = (v) => v === true;

const article = object({
  id,
  headline: nullable(matching(NO_BIDI)),
  outlet: name,
  published: day,
  publishedNote: optional(text),
  dateline: nullable(text),
  url: nullable(matching(HTTP_URL)),
  own: optional(yes),
});

const actor = object({
  id,
  name,
  shortName: name,
  kind: oneOf(ACTOR_KINDS),
  country: optional(id),
  role: optional(text),
});

const crisis = object({
  id,
  name,
  start: day,
  end: day,
  trigger: nullable(id),
  triggerDay: optional(day),
  description: matching(/[^]/, Infinity, 1),
});

const ID_WORDS = '[a-z0-9][a-z0-9_-]*';
const DAY_WORDS = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const columns = object({
  id: arrayOf(id),
  title: arrayOf(matching(NO_BIDI, MAX_TITLE_LENGTH, 1)),
  kind: arrayOf(oneOf(EVENT_KINDS)),
  start: arrayOf(partialDate),
  end: arrayOf(nullable(partialDate)),
  precision: arrayOf(oneOf(PRECISIONS)),
  basis: arrayOf(oneOf(DATE_BASES)),
  flags: arrayOf((v) => count(v) && (v as number) <= 15),
  crisis: arrayOf(nullable(id)),
  context: arrayOf(nullable(oneOf(EVENT_CONTEXTS))),
  actors: arrayOf(matching(new RegExp(`^(${ID_WORDS} (${ACTOR_ROLES.join('|')})( |$))*$`))),
  sources: arrayOf(matching(new RegExp(`^${ID_WORDS} ${DAY_WORDS}( ${ID_WORDS} ${DAY_WORDS})*$`))),
});

const outline = object({
  schemaVersion: (v) => v === 1,
  articles: arrayOf(article),
  actors: arrayOf(actor),
  crises: arrayOf(crisis),
  events: columns,
  parts: (v) => arrayOf(count)(v) && (v as unknown[]).length > 0,
  partChars: count,
});

export function isValidTimelineOutline(json: unknown): json is TimelineOutline {
  return outline(json);
}
