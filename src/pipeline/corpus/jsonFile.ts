/**
 * JSON input files (manifest, knowledge base) with errors a person can act on:
 * the file, line and column of a syntax error, and schema problems in words.
 */
import { existsSync } from 'node:fs';
import { parse as parseLeniently, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { PipelineError, formatIssuePath } from '../errors';
import { readInputFile } from './inputFile';
import { clipText } from '../../shared/clipText';

const SYNTAX_PROBLEMS: Record<string, string> = {
  InvalidSymbol: 'this is not a JSON value (text needs double quotes)',
  InvalidNumberFormat: 'this number is not valid JSON',
  PropertyNameExpected:
    'a property name in double quotes was expected (is there a trailing comma?)',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon is missing',
  CommaExpected: 'a comma is missing',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'there is more text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'an escape sequence is not valid',
  InvalidEscapeCharacter: 'an escape sequence is not valid',
  InvalidCharacter: 'a string holds a raw control character (use \\n or \\t)',
};

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Deeper than any manifest or knowledge file needs; far deeper only exhausts the stack. */
const MAX_NESTING = 64;

/** How deeply arrays and objects nest, outside strings; a linear scan. */
function nestingDepth(raw: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return deepest;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file as text: UTF-8, a UTF-8 byte-order mark dropped, UTF-16 refused by name. */
function jsonText(path: string, bytes: Buffer): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new PipelineError(path, 'is UTF-16 text; save it as UTF-8 and run again.');
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new PipelineError(path, 'is not UTF-8 text; save it as UTF-8 and run again.');
  }
}

/**
 * `within`: the folder the file must be inside once links are resolved; `maxBytes`:
 * a larger limit than an input file's, for a file that holds whole articles.
 */
export function readJsonFile(
  path: string,
  whatItIs: string,
  within?: string,
  maxBytes?: number,
): unknown {
  if (!existsSync(path)) throw new PipelineError(path, `file not found. ${whatItIs}`);
  const raw = jsonText(path, readInputFile(path, { within, maxBytes }));
  const depth = nestingDepth(raw);
  if (depth > MAX_NESTING)
    throw new PipelineError(
      path,
      `nests arrays and objects ${depth} levels deep; a file of this kind needs only a few.`,
    );
  try {
    return JSON.parse(raw);
  } catch {
    // JSON.parse does not always say where; a tolerant parser finds the first fault.
    const errors: ParseError[] = [];
    parseLeniently(raw, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    if (!first || raw.trim() === '')
      throw new PipelineError(path, 'the file is empty; it must hold JSON.');
    const { line, column } = lineAndColumn(raw, first.offset);
    const problem = SYNTAX_PROBLEMS[printParseErrorCode(first.error)] ?? 'this is not valid JSON';
    throw new PipelineError(
      `${path}:${line}:${column}`,
      `not valid JSON: ${problem}. Fix it and run again.`,
    );
  }
}

/**
 * A value as JSON for an error line, cut to about 100 characters (a 2 MB url is not
 * printed), its invisible characters written as escapes: a bidi control printed as
 * it is would turn the rest of the line around in the terminal, and a zero-width
 * space would leave the reader looking for a fault they cannot see.
 */
export function quoted(value: unknown): string {
  const json = (JSON.stringify(value) ?? String(value)).replace(/\p{Cf}/gu, (c) => {
    const hex = c.codePointAt(0)!.toString(16);
    return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
  });
  return json.length > 100 ? `${clipText(json, 97)}…` : json;
}

/** One zod issue as a sentence: missing and unknown fields by name, bad values with the value. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const path = formatIssuePath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return `${path || 'the top level'} has an unknown field ${keys}. Remove it or fix its spelling.`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const field = issue.path.at(-1);
    const parent = formatIssuePath(issue.path.slice(0, -1));
    return `${parent || 'the top level'} has no "${String(field)}". Add it.`;
  }
  const value = issue.input === undefined ? '' : ` is ${quoted(issue.input)}`;
  return `${path}${value}: ${issue.message}.`;
}

/**
 * Without zod's compiled fast path (`jitless`): it builds each object schema's
 * checker with new Function() on first use, code no code cache holds, and an
 * input file is read once a run; checking the seeds' knowledge base and manifest
 * that way took about 10 ms more of `--explain`'s start.
 */
export function parseWith<T>(schema: z.ZodType<T>, path: string, data: unknown): T {
  const parsed = schema.safeParse(data, { reportInput: true, jitless: true });
  if (parsed.success) return parsed.data;
  throw new PipelineError(path, describeIssue(parsed.error.issues[0]!));
}
