/**
 * What an id may be, in one place: the pipeline makes ids within it, the manifest
 * and knowledge base are held to it, the schema checks it, the link reader accepts
 * it, and each event's share page is a file named after it (`e/<id>.html`). A limit
 * that any of them set alone would let an id through one door and stop it at the
 * next (a link the reader drops, a file name the disk refuses).
 */

/** 128 characters: far past any real id, and `e/<id>.html` stays well inside a file name's 255 bytes. */
export const MAX_ID_LENGTH = 128;

/** Lower-case letters, digits, - and _, starting with a letter or digit: safe in a path and a link. */
export const ID_PATTERN = new RegExp(`^[a-z0-9][a-z0-9_-]{0,${MAX_ID_LENGTH - 1}}$`);

/**
 * `base` with `suffix` ("-2") after it, cut so the whole stays within the limit; a
 * cut never leaves a trailing "-" or "_" (`base` is a slug, so it is all ASCII).
 */
export function boundedId(base: string, suffix = ''): string {
  const room = MAX_ID_LENGTH - suffix.length;
  const cut = base.length > room ? base.slice(0, room).replace(/[-_]+$/, '') : base;
  return `${cut}${suffix}`;
}
