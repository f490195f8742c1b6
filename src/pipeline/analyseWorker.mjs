// The analysis thread's entry. Node 20 does not carry a parent's --import loader
// into worker threads, so the thread registers tsx itself, then loads the
// TypeScript that does the work.
import { register } from 'tsx/esm/api';

register();
await import('./analyseThread.ts');
