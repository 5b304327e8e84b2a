/**
 * The tag of a test that sets every viewport it measures itself (a sweep over 320–1440 px, or a
 * fixed phone size), so the project's own screen never reaches it. playwright.config.ts runs these
 * in the phone-360 project only: in pixel-7 they measured the same sizes again, and only the device
 * pixel ratio differed (2.625 there, 2 here), which no check of ours reads. About 8 test-minutes of
 * a `npm test` were such repeats.
 */
export const SWEEP = { tag: '@sweep' };
