/**
 * What marks text an editor has still to write: a paragraph or a YAML value that starts with
 * `TODO` (what `npm run new-review` writes). The content check reports each one as not yet
 * written, so a scaffolded year cannot be published by accident.
 */
export const PLACEHOLDER = /^TODO(?![A-Za-z0-9])/;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}
