/**
 * Line breaking for the share images (src/publish/share-card.ts draws them): Chinese breaks
 * between characters, English at spaces, punctuation kept with the unit it belongs to, and lines
 * balanced so a two-line title splits near the middle. No font here: the drawer passes a measure.
 */

/** Punctuation that must not start a line (attaches to the unit before it). */
const CLOSING = /^[”’」』》〉）)\]}】〕，。、：；！？,.:;!?…%]$/u;
/** Punctuation that must not end a line (attaches to the unit after it). */
const OPENING = /^[“‘「『《〈（([{【〔]$/u;
/** Characters between which a line may break without a space (CJK). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef“”‘’]/u;

export interface Unit {
  text: string;
  /** Whether a space precedes this unit (dropped when the unit starts a line). */
  space: boolean;
}

/**
 * Splits text into unbreakable units: a Latin word (with its punctuation), a number, or one CJK
 * character; closing punctuation joins the unit before it and opening punctuation the unit after.
 */
export function units(text: string): Unit[] {
  const out: Unit[] = [];
  let space = false;
  let pendingOpen = '';
  let word = '';
  const push = (t: string) => {
    out.push({ text: pendingOpen + t, space });
    pendingOpen = '';
    space = false;
  };
  const flushWord = () => {
    if (word) push(word);
    word = '';
  };
  for (const ch of text) {
    if (/\s/.test(ch)) {
      flushWord();
      if (out.length > 0 || pendingOpen) space = true;
    } else if (CLOSING.test(ch) && !word && out.length > 0 && !space) {
      const last = out.at(-1);
      if (last) last.text += ch;
    } else if (CLOSING.test(ch) && word) {
      // Closing punctuation after a Latin word stays on it (Classroom”), even the CJK-class quotes.
      word += ch;
    } else if (OPENING.test(ch)) {
      flushWord();
      pendingOpen += ch;
    } else if (CJK.test(ch)) {
      flushWord();
      push(ch);
    } else {
      // Latin letters, digits and their punctuation: one unit up to the next space or CJK.
      word += ch;
    }
  }
  flushWord();
  if (pendingOpen) push('');
  return out;
}

/** Greedy lines of at most `maxWidth` (a unit wider than that gets a line of its own). */
export function breakLines(list: Unit[], measure: (s: string) => number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const u of list) {
    const candidate = line === '' ? u.text : `${line}${u.space ? ' ' : ''}${u.text}`;
    if (line !== '' && measure(candidate) > maxWidth) {
      lines.push(line);
      line = u.text;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Lines as even as possible: the fewest lines that fit `maxWidth`, then the narrowest width that
 * still needs no more lines (so a two-line title splits near the middle, not one word over).
 */
export function balancedLines(text: string, measure: (s: string) => number, maxWidth: number): string[] {
  const list = units(text);
  const greedy = breakLines(list, measure, maxWidth);
  if (greedy.length <= 1) return greedy;
  let lo = 0;
  let hi = maxWidth;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (breakLines(list, measure, mid).length <= greedy.length) hi = mid;
    else lo = mid;
  }
  return breakLines(list, measure, hi);
}
