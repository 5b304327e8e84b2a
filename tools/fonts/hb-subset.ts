/**
 * HarfBuzz's hb-subset, from harfbuzzjs's WebAssembly build (a devDependency: only the
 * font:subset tool needs it, never the build). Runs in Node.
 */
import fs from 'node:fs';

/** Loads hb-subset; the returned function cuts face `index` of a font file down to `text`'s characters. */
export async function loadSubsetter(): Promise<(font: Uint8Array, index: number, text: string) => Buffer> {
  const wasmPath = new URL(import.meta.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath));
  const hb = instance.exports as unknown as HarfBuzzSubset;
  hb._initialize();
  return (font, index, text) => subset(hb, font, index, text);
}

/** The harfbuzzjs package's version, for the record of how the subsets were made. */
export function harfbuzzVersion(): string {
  const pkg = new URL('../package.json', import.meta.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
}

interface HarfBuzzSubset {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(n: number): number;
  free(p: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

/** hb-subset of face `index` of a font file to the characters of `text` (as subset-font does it). */
function subset(hb: HarfBuzzSubset, font: Uint8Array, index: number, text: string): Buffer {
  const HB_MEMORY_MODE_WRITABLE = 2;
  const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
  const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
  const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;
  const tag = (s: string) => [...s].reduce((a, c) => (a << 8) + c.charCodeAt(0), 0);
  const heap = () => new Uint8Array(hb.memory.buffer);

  const ptr = hb.malloc(font.byteLength);
  heap().set(font, ptr);
  const blob = hb.hb_blob_create(ptr, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, index);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('hb_subset_input_create_or_fail failed');
  hb.hb_subset_input_set_flags(
    input,
    hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE,
  );
  const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const t of ['GSUB', 'GPOS', 'GDEF', 'BASE', 'vhea', 'vmtx', 'VORG', 'DSIG'])
    hb.hb_set_add(drop, tag(t));
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const c of text) hb.hb_set_add(unicodes, c.codePointAt(0) ?? 0);
  const result = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  if (result === 0) throw new Error('hb_subset_or_fail failed: is the source a valid OpenType collection?');
  const out = hb.hb_face_reference_blob(result);
  const offset = hb.hb_blob_get_data(out, 0);
  const length = hb.hb_blob_get_length(out);
  const bytes = Buffer.from(heap().subarray(offset, offset + length));
  hb.hb_blob_destroy(out);
  hb.hb_face_destroy(result);
  hb.hb_face_destroy(face);
  hb.free(ptr);
  if (length === 0) throw new Error('hb-subset produced an empty font');
  return bytes;
}
