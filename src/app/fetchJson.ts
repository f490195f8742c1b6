/** A data file fetched and parsed, or an error that says in words what went wrong. */
export async function fetchJson(url: string, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  let response: Response;
  try {
    // Default caching, so the preloaded copy from index.html is used; the server
    // marks the file no-cache, so a re-extracted timeline is still picked up.
    response = await fetchImpl(url);
  } catch {
    throw new Error(`Could not reach ${url}. Check your connection and reload.`);
  }
  if (!response.ok)
    throw new HttpError(
      response.status,
      `The data file ${url} could not be loaded (HTTP ${response.status}). Run “npm run extract” to create it.`,
    );
  try {
    return await response.json();
  } catch {
    throw new Error(
      `The data file ${url} is not valid JSON (truncated or corrupted). Run “npm run extract” again.`,
    );
  }
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
