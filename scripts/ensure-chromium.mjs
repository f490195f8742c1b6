/**
 * Run before the browser tests: makes sure Chromium is there. As root with apt it
 * installs Debian's package; otherwise it fails loudly. A skipped browser suite
 * must never look like a pass.
 */
import { execSync } from 'node:child_process';
import { chromiumAvailable, chromiumPath } from './chromium-path.mjs';

if (!chromiumAvailable()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    hasApt = true;
  } catch {
    hasApt = false;
  }
  if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
    console.log('ensure-chromium: Chromium not found; installing Debian\'s "chromium" package…');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core',
      {
        stdio: 'inherit',
      },
    );
  }
  if (!chromiumAvailable()) {
    console.error(
      `ensure-chromium: no Chromium at ${chromiumPath()}.\n` +
        '  Install it with:  sudo apt-get install chromium   (Debian/Ubuntu)\n' +
        '  or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
}
console.log(`ensure-chromium: using ${chromiumPath()}`);
