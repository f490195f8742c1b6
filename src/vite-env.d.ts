/// <reference types="vite/client" />

/** The events' schema compiled at build time: see scripts/compiledEventCheck.ts. */
declare module 'virtual:compiled-event-check' {
  const isValidEvent: (value: unknown) => boolean;
  export default isValidEvent;
}
