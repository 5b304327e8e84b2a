import sax from 'sax';

/**
 * A strict XML reader for the smoke check and tests (sax is a dev dependency: never imported by build code): throws on anything that is not well-formed XML (sax in
 * strict mode: unclosed or mismatched tags, bad entities, bad attributes, text after the root),
 * and returns the document as a small tree to make assertions on.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXml(xml: string): XmlElement {
  // strictEntities: only XML's five named entities (sax otherwise knows HTML's, like &nbsp;).
  const parser = sax.parser(true, { position: true, strictEntities: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Error | undefined;
  parser.onerror = (e) => {
    error ??= e;
  };
  parser.onopentag = (tag) => {
    const el: XmlElement = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: '' };
    const parent = stack.at(-1);
    if (parent) parent.children.push(el);
    else if (root) error ??= new Error(`a second root element <${tag.name}>`);
    else root = el;
    stack.push(el);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = parser.oncdata = (text) => {
    const el = stack.at(-1);
    if (el) el.text += text;
    else if (text.trim() !== '')
      error ??= new Error(`text outside the root element: ${text.trim().slice(0, 40)}`);
  };
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= e instanceof Error ? e : new Error(String(e));
  }
  if (error)
    throw new Error(`XML is not well-formed: ${error.message.split('\n')[0]} (line ${parser.line + 1})`);
  if (!root) throw new Error('XML has no root element');
  return root;
}

/** Direct children named `name`. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The trimmed text of the first child named `name`, or undefined. */
export function childText(el: XmlElement, name: string): string | undefined {
  return childrenNamed(el, name)[0]?.text.trim();
}
