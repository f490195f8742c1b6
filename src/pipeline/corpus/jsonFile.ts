/**
 * JSON input files (manifest, knowledge base) with errors a person can act on:
 * the file, line and column of a syntax error, and schema problems in words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseLeniently, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { PipelineError, formatIssuePath } from '../errors';

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

export function readJsonFile(path: string, whatItIs: string): unknown {
  if (!existsSync(path)) throw new PipelineError(path, `file not found. ${whatItIs}`);
  const raw = readFileSync(path, 'utf8');
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
  const value = issue.input === undefined ? '' : ` is ${JSON.stringify(issue.input)}`;
  return `${path}${value}: ${issue.message}.`;
}

export function parseWith<T>(schema: z.ZodType<T>, path: string, data: unknown): T {
  const parsed = schema.safeParse(data, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new PipelineError(path, describeIssue(parsed.error.issues[0]!));
}
