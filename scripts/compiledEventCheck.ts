/**
 * The data file's schema compiled to plain JavaScript at build time, for the app:
 * `isValidEvent` for each event and `isValidOutline` for the rest of the file
 * (its events list left empty). zod interprets its schema for every event and
 * copies what it checks, which adds up at tens of thousands of events. The compiled
 * checks (ajv's standalone code, from the JSON Schema zod itself publishes) are
 * plain code, many times faster, and need no eval at run time, so the CSP stays as
 * it is; and a file they pass never loads zod at all.
 *
 * They are a fast path, not a second schema: zod stays the judge. The compiled
 * checks are stricter (they also refuse keys the schema does not name, which zod
 * drops), so the app asks zod whenever they say no, and zod gives the message.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createRequire } from 'node:module';
import * as z from 'zod/mini';
import type { Plugin } from 'vite';
import { timelineEventSchema, timelineFileSchema } from '../src/shared/schema.ts';

const MODULE_ID = 'virtual:compiled-event-check';

// A CommonJS module whose default export Node's ESM interop would wrap: required as is.
const { default: ucs2length } = createRequire(import.meta.url)('ajv/dist/runtime/ucs2length') as {
  default: ((text: string) => number) & { code: string };
};

interface CompiledOutline {
  properties: Record<string, unknown> & {
    articles: { items: { properties: Record<string, unknown> } };
  };
}

export function compileEventCheck(): string {
  const ajv = new Ajv2020({
    code: { source: true, esm: true },
    // Patterns as zod runs them: without the u flag.
    unicodeRegExp: false,
    // Only the verdict is used; zod words the error.
    messages: false,
    strict: true,
  });
  const jsonSchema = (schema: z.ZodMiniType) =>
    z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const outline = jsonSchema(timelineFileSchema) as unknown as CompiledOutline;
  // The events are checked one by one, a slice per task: the outline comes with none.
  outline.properties.events = { type: 'array', maxItems: 0 };
  const event = jsonSchema(timelineEventSchema) as { properties: Record<string, unknown> };
  // What only a curated file carries (a person's corrections, with the machine's reading
  // beside them, and the marks of a person's own articles) is left out: compiled, it cost
  // every visitor some 3.7 KiB gzipped up front. An event or article with it is refused
  // here, and zod judges it.
  delete event.properties.corrected;
  delete event.properties.fromOwnArticles;
  delete outline.properties.articles.items.properties.own;
  ajv.addSchema({ ...event, $id: 'event' });
  ajv.addSchema({ ...outline, $id: 'outline' });
  // Even as ESM, the code requires ajv's helper for string lengths, which counts
  // code points as zod does: the helper's own source goes in its place. It walks
  // the whole string, so (as zod does) it is asked only when a string holds a
  // high surrogate at all: a native regex test, where walking every excerpt
  // showed in the bench's load times.
  const length = `((count) => (text) => (/[\\uD800-\\uDBFF]/.test(text) ? count(text) : text.length))(${ucs2length.toString()})`;
  const code = standaloneCode(ajv, { isValidEvent: 'event', isValidOutline: 'outline' }).replaceAll(
    ucs2length.code,
    length,
  );
  if (code.includes('require(')) throw new Error('compiledEventCheck: the code still requires');
  return code;
}

/** Serves the compiled checks as `import { isValidEvent, isValidOutline } from 'virtual:compiled-event-check'`. */
export function compiledEventCheck(): Plugin {
  return {
    name: 'compiled-event-check',
    resolveId: (source) => (source === MODULE_ID ? `\0${MODULE_ID}` : undefined),
    load: (id) => (id === `\0${MODULE_ID}` ? compileEventCheck() : undefined),
  };
}
