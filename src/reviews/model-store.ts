import path from 'node:path';
import { compiledBody } from './frontmatter.ts';
import { sectionModel, type SectionModel } from './section-model.ts';

/**
 * The section models of one process, by file (build time): the content check models every section
 * file (src/reviews/section.ts); the pages then read THAT model (src/stats/data.ts, reading time,
 * the front door, the 对照 page) instead of parsing the text again. The store hangs on
 * `globalThis` because the check runs in Astro's config (Node's module instances) while pages run
 * in Vite's module runner (its own instances of the same modules): one process, two copies.
 *
 * A page's entry is matched to the checked file by its path AND its text, so a file edited since
 * the check (astro dev), or an entry whose text is not the file's, gets a model of its own text.
 */

interface Stored {
  /** The text the compiler is handed (lines as in the file): the compiler's plugin matches it. */
  compiled?: string;
  /** The text the collection entry carries for the file (the compiler's text, trimmed). */
  body: string;
  model: SectionModel;
}

const KEY = Symbol.for('pingan.section-models');
const holder = globalThis as { [KEY]?: Map<string, Stored> };
const store = (holder[KEY] ??= new Map());

/**
 * The model of a section file (`source`: the whole file, as the check reads it, or the text the
 * compiler hands its plugins), stored for the compiler and the pages of this build.
 */
export function modelOfFile(file: string, source: string, section: string): SectionModel {
  const key = path.resolve(file);
  const compiled = compiledBody(source.replace(/\r\n/g, '\n'));
  const found = store.get(key);
  if (found && found.compiled === compiled && found.model.section === section) return found.model;
  const model = sectionModel(source, section);
  store.set(key, { compiled, body: compiled.trim(), model });
  return model;
}

/** What a page knows of a section: a collection entry (`<year>/<edition>/<section>`). */
export interface SectionEntry {
  id: string;
  body?: string | undefined;
  filePath?: string | undefined;
  data?: { kicker?: string | undefined };
}

/** The model of a section entry: the checked file's when the entry carries its text, else its own. */
export function modelOfEntry(entry: SectionEntry): SectionModel {
  const section = entry.id.slice(entry.id.lastIndexOf('/') + 1);
  const body = entry.body ?? '';
  const key = entry.filePath ? path.resolve(entry.filePath) : undefined;
  let model = key ? store.get(key) : undefined;
  if (!model || model.body !== body || model.model.section !== section) {
    // Lines are then the body's (a page reads no line); ids, text and terms are the same.
    model = { body, model: sectionModel(body, section) };
    if (key) store.set(key, model);
  }
  // The kicker as the collection validated it (the compiler's text has no frontmatter to read).
  const kicker = entry.data?.kicker;
  return kicker === undefined || model.model.kicker === kicker ? model.model : { ...model.model, kicker };
}
