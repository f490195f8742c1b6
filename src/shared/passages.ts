/**
 * An event's passages, one per line: a whole event's excerpts; none for an event in
 * outline, whose excerpts are in its part (or its passages file). Typed by shape, so
 * that the outline's module and the search's can both use it without importing
 * each other.
 */
export function passagesOf(event: { readonly sources: readonly object[] }): string {
  return event.sources.map((s) => ('excerpt' in s ? (s.excerpt as string) : '')).join('\n');
}
