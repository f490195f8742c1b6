import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../../src/app/loadTimeline';

const respond =
  (body: string, status = 200) =>
  async () =>
    new Response(body, { status });

describe('loadTimeline', () => {
  it.each([
    ['a missing file', respond('not found', 404), /could not be loaded \(HTTP 404\)/],
    ['a truncated file', respond('{"schemaVersion": 1, "arti'), /not valid JSON/],
    [
      'a file of the wrong shape',
      respond('{"schemaVersion": 1, "articles": []}'),
      /does not match the expected format at “actors”/,
    ],
    [
      'no network',
      async () => {
        throw new TypeError('offline');
      },
      /Could not reach/,
    ],
  ])('explains %s', async (_label, fetchImpl, message) => {
    await expect(loadTimeline(fetchImpl as typeof fetch)).rejects.toThrow(message);
  });
});
