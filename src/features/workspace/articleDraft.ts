/**
 * The article form's fields, checked: each problem tied to its field, in words a
 * person can act on, and a checked draft turned into the workspace's record.
 */
import {
  MAX_ARTICLE_BYTES,
  addedArticleSchema,
  type AddedArticle,
} from '../../shared/corrections/correctionsSchema';

export const DRAFT_FIELDS = ['text', 'headline', 'outlet', 'published', 'url', 'dateline'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type Draft = Record<DraftField, string>;
export type DraftErrors = Partial<Record<DraftField, string>>;

export const EMPTY_DRAFT: Draft = {
  text: '',
  headline: '',
  outlet: '',
  published: '',
  url: '',
  dateline: '',
};

export const TOO_LARGE = 'This text is over 10 MB: split it into several articles.';

const utf8 = new TextEncoder();

/** Over 10 MB, counted in bytes as the file would hold them (characters first: cheaper). */
export const isTooLarge = (text: string): boolean =>
  text.length > MAX_ARTICLE_BYTES || utf8.encode(text).length > MAX_ARTICLE_BYTES;

export function checkDraft(draft: Draft): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.text.trim() === '') errors.text = 'Paste the article’s text, or choose a file.';
  else if (isTooLarge(draft.text)) errors.text = TOO_LARGE;
  if (draft.outlet.trim() === '') errors.outlet = 'Say who published it.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.published))
    errors.published = 'Give the day it was published: “on Tuesday” is counted from it.';
  if (draft.url.trim() !== '' && !/^https?:\/\/\S+$/i.test(draft.url.trim()))
    errors.url = 'A web address starts with http:// or https://.';
  return errors;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** An id no shipped article has: "own-", a few words of the headline, and a random tail. */
export function ownArticleId(headline: string, random = Math.random): string {
  const tail = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  const words = slug(headline);
  return words === '' ? `own-${tail}` : `own-${words}-${tail}`;
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The record to keep, or the first problem the schema still finds (bidi controls, say). */
export function draftToArticle(
  draft: Draft,
  id: string,
): { ok: true; article: AddedArticle } | { ok: false; errors: DraftErrors } {
  const errors = checkDraft(draft);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const article = {
    id,
    headline: orNull(draft.headline),
    outlet: draft.outlet.trim(),
    published: draft.published,
    url: orNull(draft.url),
    dateline: orNull(draft.dateline),
    // As the CLI reads a corrections file: one spelling of each character.
    text: draft.text.normalize('NFC'),
  };
  const parsed = addedArticleSchema.safeParse(article);
  if (parsed.success) return { ok: true, article: parsed.data };
  const issue = parsed.error.issues[0];
  const field = DRAFT_FIELDS.find((f) => f === issue?.path[0]) ?? 'text';
  return { ok: false, errors: { [field]: `Not accepted: ${issue?.message ?? 'invalid'}.` } };
}
