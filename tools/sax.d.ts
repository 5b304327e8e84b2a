/** The slice of sax 1.6 (no bundled types) that xml-check.ts uses. */
declare module 'sax' {
  export interface QualifiedTag {
    name: string;
    attributes: Record<string, string>;
  }
  export interface SAXParser {
    onerror: (e: Error) => void;
    onopentag: (tag: QualifiedTag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    oncdata: (text: string) => void;
    write(xml: string): SAXParser;
    close(): SAXParser;
    line: number;
    column: number;
  }
  export function parser(
    strict: boolean,
    options?: { xmlns?: boolean; position?: boolean; strictEntities?: boolean },
  ): SAXParser;
  const sax: { parser: typeof parser };
  export default sax;
}
