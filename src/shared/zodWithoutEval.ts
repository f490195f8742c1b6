/**
 * zod compiles validators with new Function() when it may. Under the app's CSP it
 * may not, and even its probe for that is a reported violation. Schemas decide
 * when they are built, so this must run before any schema module: zodVerdict.ts,
 * the one way the app reaches zod, imports it first.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
