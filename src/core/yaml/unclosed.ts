/**
 * Where an unclosed `[`, `{` or quote opened. `yaml` notices one only where the text goes on without
 * it (the next line's key, or the end of the file) and reports it there, a line or many lines after
 * the mistake; the author needs the place that opened it.
 */
import { isCollection, isNode, isScalar, Scalar, visit, type Document, type YAMLError } from 'yaml';
import type { TextSpan } from './spans';

export interface Unclosed {
  /** The opening character. */
  span: TextSpan;
  /** Where the unclosed construct ends: the error's position. */
  end: number;
  message: string;
}

const QUOTES: Partial<Record<string, string>> = {
  [Scalar.QUOTE_DOUBLE]: '"',
  [Scalar.QUOTE_SINGLE]: "'",
};

/** The opening of the construct `error` is about, when it is an unclosed flow collection or quote. */
export function unclosedOpening(doc: Document.Parsed, error: YAMLError, text: string): Unclosed | undefined {
  const flow = /end with an? ([\]}])/.exec(error.message)?.[1];
  const quote = error.code === 'MISSING_CHAR' && /closing .?quote/i.test(error.message);
  if (!flow && !quote) return undefined;
  const at = error.pos[0];
  let found: Unclosed | undefined;
  visit(doc, (_key, node) => {
    // A closed collection ends at its closer, before whatever the error is about; an unclosed one
    // runs on to the error.
    const range = isNode(node) ? node.range : undefined;
    if (!range || range[1] !== at || found) return;
    const start = range[0];
    if (flow && isCollection(node) && node.flow) {
      const opener = flow === ']' ? '[' : '{';
      if (text[start] !== opener) return;
      const what = flow === ']' ? 'list' : 'map';
      found = {
        span: { start, end: start + 1 },
        end: at,
        message: `YAML: the ${what} this \`${opener}\` opens is not closed where it should be: end it with \`${flow}\`, or indent the lines that continue it further.`,
      };
    } else if (quote && isScalar(node)) {
      const mark = QUOTES[String(node.type)];
      if (!mark || text[start] !== mark) return;
      found = {
        span: { start, end: start + 1 },
        end: at,
        message: `YAML: the text this ${mark} opens has no closing ${mark} before the end of the file (one is missing here or in an earlier text).`,
      };
    }
  });
  return found;
}
