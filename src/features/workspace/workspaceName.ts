/**
 * The workspace's database name, on its own: the app checks at start whether a
 * workspace was ever kept, without loading the store (and idb) to find out.
 */
export const WORKSPACE_DB = 'crisis-timeline-workspace';
