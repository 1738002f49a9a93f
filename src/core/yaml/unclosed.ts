/**
 * Where an unclosed `[`, `{` or quote opened. `yaml` notices one only where the text goes on without
 * it (the next line's key, or the end of the file) and reports it there, a line or many lines after
 * the mistake; the author needs the place that opened it.
 */
import {
  isCollection,
  isNode,
  isScalar,
  Scalar,
  visit,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import type { TextSpan } from './spans';

export interface Unclosed {
  /** The opening character. */
  span: TextSpan;
  /** Where the unclosed construct ends: the error's position. */
  end: number;
  message: string;
  /** The character that would close an unclosed `[` or `{` (undefined for a quote). */
  closer?: ']' | '}';
}

const QUOTES: Partial<Record<string, string>> = {
  [Scalar.QUOTE_DOUBLE]: '"',
  [Scalar.QUOTE_SINGLE]: "'",
};

/**
 * The opening of the construct each error is about, when it is an unclosed flow collection or quote
 * (undefined for other errors), in the order of `errors`. The document is walked once for all of
 * them: a file with thousands of unclosed quotes is read in linear time.
 */
export function unclosedOpenings(
  doc: Document.Parsed,
  errors: readonly YAMLError[],
  text: string,
): (Unclosed | undefined)[] {
  if (errors.length === 0) return [];
  // A closed collection ends at its closer, before whatever the error is about; an unclosed one
  // runs on to the error. So the candidates of an error are the nodes that end where it is.
  const endingAt = new Map<number, Node[]>();
  visit(doc, (_key, node) => {
    if (!isNode(node) || !node.range) return;
    if (!(isCollection(node) && node.flow) && !(isScalar(node) && QUOTES[String(node.type)])) return;
    const end = node.range[1];
    const list = endingAt.get(end);
    if (list) list.push(node);
    else endingAt.set(end, [node]);
  });
  return errors.map((error) => opening(error, endingAt.get(error.pos[0]) ?? [], text));
}

function opening(error: YAMLError, candidates: readonly Node[], text: string): Unclosed | undefined {
  const flow = /end with an? ([\]}])/.exec(error.message)?.[1];
  const quote = error.code === 'MISSING_CHAR' && /closing .?quote/i.test(error.message);
  if (!flow && !quote) return undefined;
  const at = error.pos[0];
  for (const node of candidates) {
    const start = node.range![0];
    if (flow && isCollection(node)) {
      const opener = flow === ']' ? '[' : '{';
      if (text[start] !== opener) continue;
      const what = flow === ']' ? 'list' : 'map';
      return {
        span: { start, end: start + 1 },
        end: at,
        message: `YAML: the ${what} this \`${opener}\` opens is not closed where it should be: end it with \`${flow}\`, or indent the lines that continue it further.`,
        closer: flow === ']' ? ']' : '}',
      };
    }
    if (quote && isScalar(node)) {
      const mark = QUOTES[String(node.type)];
      if (!mark || text[start] !== mark) continue;
      return {
        span: { start, end: start + 1 },
        end: at,
        message: `YAML: the text this ${mark} opens has no closing ${mark} before the end of the file (one is missing here or in an earlier text).`,
      };
    }
  }
  return undefined;
}
