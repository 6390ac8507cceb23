// The few parts of sax (no types of its own) the feed tests use: a strict, namespace-aware parser.
declare module 'sax' {
  interface QualifiedAttribute {
    name: string;
    value: string;
    uri: string;
    local: string;
  }
  interface QualifiedTag {
    name: string;
    uri: string;
    local: string;
    attributes: Record<string, QualifiedAttribute>;
    isSelfClosing: boolean;
  }
  interface SAXParser {
    onerror: (error: Error) => void;
    onopentag: (tag: QualifiedTag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    oncdata: (text: string) => void;
    write(text: string): SAXParser;
    close(): SAXParser;
  }
  function parser(strict: true, options: { xmlns: true }): SAXParser;
  const sax: { parser: typeof parser };
  export default sax;
}
