/**
 * Distances told roughly: "a couple of weeks ago", "a few days back", "about a month
 * ago". The day they resolve to is a guess within their tolerance, so it can neither
 * deny nor stand apart from a happening the knowledge base dates.
 */
const APPROXIMATE =
  /\b(?:a couple|a few|few|several|some|about|around|nearly|almost|over|more than)\b/i;

export const isApproximate = (dateText: string): boolean => APPROXIMATE.test(dateText);
