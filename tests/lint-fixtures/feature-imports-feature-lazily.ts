// lint-as: src/features/event-list/fixture.ts
// expect: import-x/no-restricted-paths
export const share = () => import('../share/ShareDialog');
