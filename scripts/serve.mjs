/** `npm start`'s last step: serve dist/ on 127.0.0.1 and print where. */
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

/** @param {string} message */
function fail(message) {
  console.error(`serve: ${message}`);
  process.exit(1);
}

const portText = process.env.PORT ?? '4173';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port < 1 || port > 65535)
  fail(
    `PORT is "${portText.slice(0, 40)}"; give a port number from 1 to 65535 (or leave PORT unset for 4173).`,
  );

if (!existsSync('dist/index.html'))
  fail('dist/ has no build. Run "npm run build" first (npm start does it for you).');

try {
  const server = await startStaticServer({ root: 'dist', port });
  console.log(`\n  crisis-timeline is running at ${server.url}\n  (Ctrl+C to stop)\n`);
} catch (error) {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  if (code === 'EADDRINUSE')
    fail(`port ${port} is in use by another program. Stop it, or run with PORT=<another port>.`);
  if (code === 'EACCES')
    fail(`port ${port} needs privileges. Use a port above 1023, e.g. PORT=4173.`);
  fail(`cannot listen on 127.0.0.1:${port} (${code ?? String(error)}).`);
}
