/** Where the browser tests find Chromium: $CHROMIUM_PATH, else Debian's package. */
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

export function chromiumAvailable() {
  return existsSync(chromiumPath());
}
