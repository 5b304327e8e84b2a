/**
 * Line-break rules for Chinese (禁则), one table for the build's keep-togethers (text.ts) and the
 * browser's line breaker (src/components/chinese-lines.ts): marks that may not start a line
 * (closing marks, stops, a dash or ellipsis, per cent) and marks that may not end one (opening
 * marks). Pure, with no dependency: it ships to the browser.
 */
export const NO_LINE_START = /[，。、；：！？）》」』”’％%·—…,.;:!?)\]]/;
export const NO_LINE_END = /[（《「『“‘([]/;
