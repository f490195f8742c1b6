/** A string as a regex that matches it literally: names and phrases from data are never patterns. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
