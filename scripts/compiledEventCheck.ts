/**
 * The events' schema compiled to plain JavaScript at build time, for the app.
 * zod interprets its schema for every event and copies what it checks: 20 µs an
 * event, a second at 50,000. The compiled check (ajv's standalone code, from the
 * JSON Schema zod itself publishes) is a few hundred nanoseconds and needs no
 * eval at run time, so the CSP stays as it is.
 *
 * It is a fast path, not a second schema: zod stays the judge. The compiled
 * check is stricter (it also refuses keys the schema does not name, which zod
 * drops), so the app asks zod whenever it says no, and zod gives the message.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createRequire } from 'node:module';
import * as z from 'zod/mini';
import type { Plugin } from 'vite';
import { timelineEventSchema } from '../src/shared/schema.ts';

const MODULE_ID = 'virtual:compiled-event-check';

// A CommonJS module whose default export Node's ESM interop would wrap: required as is.
const { default: ucs2length } = createRequire(import.meta.url)('ajv/dist/runtime/ucs2length') as {
  default: ((text: string) => number) & { code: string };
};

export function compileEventCheck(): string {
  const ajv = new Ajv2020({
    code: { source: true, esm: true },
    // Patterns as zod runs them: without the u flag.
    unicodeRegExp: false,
    // Only the verdict is used; zod words the error.
    messages: false,
    strict: true,
  });
  const validate = ajv.compile(z.toJSONSchema(timelineEventSchema, { target: 'draft-2020-12' }));
  // Even as ESM, the code requires ajv's helper for string lengths, which counts
  // code points as zod does: the helper's own source goes in its place. It walks
  // the whole string, so (as zod does) it is asked only when a string holds a
  // high surrogate at all: a native regex test, where walking every excerpt
  // cost 0.1 s at 50,000 events.
  const length = `((count) => (text) => (/[\\uD800-\\uDBFF]/.test(text) ? count(text) : text.length))(${ucs2length.toString()})`;
  const code = standaloneCode(ajv, validate).replaceAll(ucs2length.code, length);
  if (code.includes('require(')) throw new Error('compiledEventCheck: the code still requires');
  return code;
}

/** Serves the compiled check as `import isValidEvent from 'virtual:compiled-event-check'`. */
export function compiledEventCheck(): Plugin {
  return {
    name: 'compiled-event-check',
    resolveId: (source) => (source === MODULE_ID ? `\0${MODULE_ID}` : undefined),
    load: (id) => (id === `\0${MODULE_ID}` ? compileEventCheck() : undefined),
  };
}
