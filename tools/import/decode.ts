import { ImportRefused } from './refused.ts';

/**
 * Tool (Node, editor's machine): the bytes of a saved page or text file → its text. Chinese news
 * pages come as UTF-8 or GB18030/GBK (and older Taiwan or Hong Kong pages as Big5); Node's own
 * TextDecoder reads all of them (WHATWG encodings, full ICU), so no decoding library is needed.
 */

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used (utf-8, gb18030, big5, …). */
  encoding: string;
  /** How the encoding was chosen, for the summary. */
  how: string;
}

/** Labels an HTML page may declare in <meta charset> or http-equiv, as WHATWG resolves them. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

export function decodeInput(bytes: Uint8Array, name: string, forced?: string): Decoded {
  if (bytes.length === 0 || /^\s*$/.test(new TextDecoder('latin1').decode(bytes))) {
    throw new ImportRefused(
      `${name} is empty: there is no article to import.\nfix: save the page again (File → Save Page As, "Web page, HTML only") or paste the article's text into a .txt file.`,
    );
  }
  const bom = byteOrderMark(bytes);
  if (!bom && looksBinary(bytes)) {
    throw new ImportRefused(
      `${name} is not a text file (it holds binary data: perhaps a PDF, an image or a Word file).\n` +
        'fix: import the article as a saved web page (.html) or as plain text (.txt).',
    );
  }
  if (forced) return decodeAs(bytes, name, forced, `as asked (--encoding ${forced})`);
  if (bom) return decodeAs(bytes, name, bom, 'from its byte-order mark');

  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = META_CHARSET.exec(head)?.[1];
  if (declared) return decodeAs(bytes, name, declared, `as the page declares (charset=${declared})`);

  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      return { text, encoding, how: encoding === 'utf-8' ? 'valid UTF-8' : 'not UTF-8; valid GB18030' };
    } catch {
      // Not this one: try the next.
    }
  }
  throw new ImportRefused(
    `${name} cannot be read: it is neither UTF-8 nor GB18030 (GBK) text.\n` +
      'fix: if you know its encoding, give it: --encoding big5 (or gbk, utf-16le, …); otherwise open it in a text editor and save it as UTF-8.',
  );
}

function decodeAs(bytes: Uint8Array, name: string, label: string, how: string): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new ImportRefused(
      `${name} is in the encoding "${label}", which this tool cannot read.\n` +
        'fix: open it in a browser or text editor and save it as UTF-8, or give the right one with --encoding (utf-8, gb18030, gbk, big5).',
    );
  }
  try {
    return { text: decoder.decode(bytes), encoding: decoder.encoding, how };
  } catch {
    throw new ImportRefused(
      `${name} is not valid ${decoder.encoding} text, though it was read ${how}.\n` +
        'fix: give the right encoding with --encoding (utf-8, gb18030, big5), or save the file again as UTF-8.',
    );
  }
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** NUL bytes, or many control characters, in the first 8 KB: no text encoding we read has them. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > head.length * 0.02;
}
