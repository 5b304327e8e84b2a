/**
 * Moved to src/content-check/problems.ts (shared content-check machinery). Kept so that callers
 * in other areas (search, tools, scripts) keep building while they change their import lines.
 */
export * from '../content-check/problems.ts';
