/**
 * Tool: the body of an annual review (canonical lines, in order) → its parts as DESIGN.md puts
 * them: an opening (the lede, with its kicker), titled sections (heading, kicker, paragraphs) and
 * a closing paragraph. Each part records how it was recognised, for the file comments.
 */

export interface BodyLine {
  text: string;
  /** The page marks it as a heading (an <h2>–<h6>, or a paragraph that is all bold). */
  heading?: boolean;
}

export interface Part {
  /** The heading as printed (titled sections only). */
  title?: string;
  kicker?: string;
  paragraphs: string[];
  /** How its heading and kicker were recognised. */
  found: string[];
}

export interface Structure {
  /** A headline line opening the text (plain text only; a page's headline comes from its <h1>). */
  headline?: string;
  /** Further heading-like lines under the headline (a subtitle), kept for the editor. */
  subtitles: string[];
  lede: Part;
  sections: Part[];
  closing?: Part;
}

/** Sentence-ending or clause-ending punctuation: a heading ends with none of it. */
const ENDS_CLAUSE = /[。！？!?；;：:…—，,、]$/;

/** A printed section heading: short, one line, no sentence punctuation at its end or inside. */
export function isHeadingLike(line: BodyLine): boolean {
  if (line.heading) return true;
  const t = line.text;
  return t.length >= 4 && t.length <= 30 && !ENDS_CLAUSE.test(t) && !/[。！？]/.test(t);
}

/** A kicker: the one short sentence that opens a part (the lede's motto, a section's lead line). */
function isKicker(text: string): boolean {
  return text.length <= 32 && /[。！？]$/.test(text) && (text.match(/[。！？]/g)?.length ?? 0) === 1;
}

/** Words of a closing paragraph: it looks ahead to the coming year. */
const LOOKS_AHEAD = /展望|新的一年|新征程|新的起点|将以|将继续|将进一步|将坚持|将持续/;

export function splitBody(lines: BodyLine[], year: number | undefined): Structure {
  const rest = [...lines];
  let headline: string | undefined;
  const subtitles: string[] = [];
  // Heading-like lines before any paragraph: the headline and its subtitle (the lede has no heading).
  while (rest.length > 0 && isHeadingLike(rest[0] as BodyLine) && !rest[0]?.heading) {
    const line = (rest.shift() as BodyLine).text;
    if (headline === undefined) headline = line;
    else subtitles.push(line.replace(/^[—-]+/, ''));
  }

  const parts: Part[] = [{ paragraphs: [], found: [] }];
  for (const line of rest) {
    const current = parts[parts.length - 1] as Part;
    if (
      isHeadingLike(line) &&
      current.title !== undefined &&
      current.paragraphs.length === 0 &&
      !current.kicker
    ) {
      // A label and its heading on two lines (统筹力度 / “大平安”体系再完善): one section, the
      // label its title and the heading the line under it.
      current.kicker = line.text;
      current.found.push('kicker: the heading printed on the line under its label (the title)');
      continue;
    }
    if (isHeadingLike(line)) {
      parts.push({
        title: line.text,
        paragraphs: [],
        found: [
          line.heading
            ? 'heading: marked as a heading on the page'
            : 'heading: a short line with no sentence punctuation',
        ],
      });
      continue;
    }
    if (!current.kicker && current.paragraphs.length === 0 && isKicker(line.text)) {
      current.kicker = line.text;
      current.found.push('kicker: the one short sentence that opens the part');
      continue;
    }
    current.paragraphs.push(line.text);
  }

  const [lede, ...sections] = parts as [Part, ...Part[]];
  // A kicker with nothing after it is the part's only paragraph, not its lead line.
  for (const part of parts) {
    if (part.kicker && part.paragraphs.length === 0) {
      part.paragraphs.push(part.kicker);
      delete part.kicker;
      part.found = part.found.filter((f) => !f.startsWith('kicker'));
    }
  }

  let closing: Part | undefined;
  const last = sections[sections.length - 1];
  const final = last?.paragraphs[last.paragraphs.length - 1];
  if (last && final && last.paragraphs.length >= 2) {
    const nextYear = year !== undefined && final.includes(`${year + 1}年`);
    if (nextYear || LOOKS_AHEAD.test(final)) {
      last.paragraphs.pop();
      closing = {
        paragraphs: [final],
        found: [
          nextYear
            ? `closing: the last paragraph, which looks ahead to ${year + 1} (the review is of ${year})`
            : 'closing: the last paragraph, which looks ahead (展望/将…)',
        ],
      };
    }
  }
  lede.found.unshift('lede: the text before the first heading');
  return { ...(headline ? { headline } : {}), subtitles, lede, sections, ...(closing ? { closing } : {}) };
}
