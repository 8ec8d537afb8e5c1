export const CYPHER_LIMITS = 'Read-only, 10 s timeout, 1000 rows max';
