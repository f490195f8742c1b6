/**
 * "12,345": an event count grouped in thousands, as `toLocaleString('en')`
 * writes it, but without Intl. Chromium loads ICU's locale data on the first
 * Intl call of a page, and that one call is a long task of its own (longer still
 * on Lighthouse's emulated phone), right in the first render.
 * A count needs no locale data; the app writes English throughout.
 */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count)) return String(count);
  const digits = String(Math.abs(count)).replace(/\B(?=(\d{3})+$)/g, ',');
  return count < 0 ? `-${digits}` : digits;
}
