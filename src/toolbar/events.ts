/** The messages between the findings app and the dev server; imported by both sides, so it imports nothing. */
export const EVENTS = { page: 'svd-findings:page', list: 'svd-findings:list', changed: 'svd-findings:changed' } as const;
