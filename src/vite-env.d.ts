/// <reference types="vite/client" />

/** The data file's schema compiled at build time: see scripts/compiledEventCheck.ts. */
declare module 'virtual:compiled-event-check' {
  export const isValidEvent: (value: unknown) => boolean;
  /** The file without its events (pass `events: []`). */
  export const isValidOutline: (value: unknown) => boolean;
}
