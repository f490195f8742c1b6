import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
// @ts-expect-error: a plain ESM helper shared with the bench.
import { precompress } from './scripts/precompress.mjs';
import { compiledEventCheck } from './scripts/compiledEventCheck.ts';
import { visEnglishOnly } from './scripts/visEnglishOnly.ts';
import { sharePages } from './scripts/sharePages.ts';
import { timelineParts } from './scripts/timelineParts.ts';
import { workspaceKnowledge } from './scripts/workspaceKnowledge.ts';
import { SITE } from './src/shared/site.ts';
import { escapeHtml } from './src/shared/escapeHtml.ts';

/**
 * The policy the built app runs under: no inline or foreign script, no eval.
 * Added at build time only, because the dev server's hot reload needs an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // vis-timeline positions items with inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** index.html's %SITE_NAME%, %SITE_HEADING%, … from src/shared/site.ts: the site's words in one place. */
function siteWords(): Plugin {
  const words: Record<string, string> = {
    SITE_NAME: SITE.name,
    SITE_HEADING: SITE.heading,
    SITE_TAGLINE: SITE.tagline,
    SITE_DESCRIPTION: SITE.description,
  };
  return {
    name: 'site-words',
    // Before Vite's own %ENV% replacement, which would warn about these.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(/%(SITE_[A-Z]+)%/g, (whole, key: string) => {
          if (!(key in words)) throw new Error(`index.html: ${whole} is not in src/shared/site.ts`);
          return escapeHtml(words[key]!);
        }),
    },
  };
}

/** Gzip copies of the built files, for servers that send them as they are (ours does). */
function precompressBuild(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    closeBundle: () => precompress(outDir),
  };
}

// `base: './'` makes every asset URL relative, so the same dist/ works from a
// domain root or any sub-path (https://host/some/dir/) without rebuilding.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    siteWords(),
    compiledEventCheck(),
    visEnglishOnly(),
    contentSecurityPolicy(),
    sharePages(),
    timelineParts(),
    workspaceKnowledge(),
    precompressBuild(),
  ],
  // vis-timeline's HTML sanitiser, replaced by plain escaping: the app never gives vis
  // markup (src/features/timeline/xssAsText.ts says why).
  resolve: {
    alias: { xss: fileURLToPath(new URL('./src/features/timeline/xssAsText.ts', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    // Every browser that runs this ES2022 build has modulepreload; the polyfill
    // only scanned the page and watched it for links at startup, for nothing.
    modulePreload: { polyfill: false },
    // `npm run bench` holds the app to its budget in gzipped KiB, what a visitor
    // downloads; this only quiets Vite about the minified size of the vis chunk.
    chunkSizeWarningLimit: 450,
    // One stylesheet: a second would be a second request holding up the first paint.
    cssCodeSplit: false,
    rollupOptions: {
      output: {
        // Chromium compiles a script carrying this comment in full, on a background
        // thread as it streams in, instead of compiling each function on the main thread
        // the first time it runs. Compiling what never runs costs a little off the main
        // thread; compiling what does run, on it, showed in the first search at 10,000
        // events, and in every long task at startup. Other browsers see a comment.
        postBanner: (chunk) => (chunk.isDynamicEntry ? '' : '//# allFunctionsCalledOnLoad'),
        // vis-timeline and its libraries in a chunk of their own, so the two halves of
        // the app download and compile side by side, each on its own thread.
        codeSplitting: {
          groups: [
            {
              name: 'vis',
              test: /node_modules[\\/](vis-|moment|@egjs|propagating-hammerjs|keycharm|uuid|component-emitter)/,
            },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
