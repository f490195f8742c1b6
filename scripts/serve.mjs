/** `npm start`'s last step: serve dist/ on 127.0.0.1 and print where. */
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

if (!existsSync('dist/index.html')) {
  console.error(
    'serve: dist/ has no build. Run "npm run build" first (npm start does it for you).',
  );
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
const server = await startStaticServer({ root: 'dist', port });
console.log(`\n  crisis-timeline is running at ${server.url}\n  (Ctrl+C to stop)\n`);
