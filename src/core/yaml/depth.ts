/**
 * How deeply a YAML text nests, followed token by token as `yaml`'s lexer reads it, before the
 * parser sees the token: quotes, comments and block scalars are single tokens there, so nothing
 * written before the deep part can hide it, and a deeply indented comment counts for nothing.
 * `yaml`'s parser and composer slow down badly on pathological nesting (a 5 MB run of `[` takes
 * over 20 s) and compose recursively, so a text nested deeper than any case needs is stopped here.
 */
import { CST } from 'yaml';

/** Tokens the lexer emits that stand for no text. */
const CONTROL = new Set(['doc-mode', 'flow-error-end', 'scalar', 'byte-order-mark']);

export class NestingTracker {
  private readonly indents: number[] = [];
  private flow = 0;
  private offset = 0;
  private column = 0;
  private lineStart = true;
  private afterIndicator = false;
  /** The deepest nesting seen so far, and the offset of the token that reached it. */
  depth = 0;
  offsetOfDepth = 0;

  /**
   * Takes the next lexer token. Block levels come from indentation and `- `/`? ` indicators (a
   * node that starts at a column closes the deeper ones and opens its own level); flow levels from
   * brackets.
   */
  see(token: string): void {
    const type = CST.tokenType(token);
    if (type !== undefined && type !== null && CONTROL.has(type)) return;
    const start = this.offset;
    const startColumn = this.column;
    this.offset += token.length;
    const newline = token.lastIndexOf('\n');
    this.column = newline < 0 ? this.column + token.length : token.length - newline - 1;
    if (type === 'newline') {
      this.lineStart = true;
      this.afterIndicator = false;
      return;
    }
    if (type === 'space' || type === 'comment') return;
    const indents = this.indents;
    if (this.flow === 0 && (this.lineStart || this.afterIndicator)) {
      while (indents.length > 0 && indents[indents.length - 1]! > startColumn) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < startColumn) indents.push(startColumn);
    }
    this.lineStart = false;
    this.afterIndicator = type === 'seq-item-ind' || type === 'explicit-key-ind';
    if (type === 'flow-seq-start' || type === 'flow-map-start') this.flow++;
    else if ((type === 'flow-seq-end' || type === 'flow-map-end') && this.flow > 0) this.flow--;
    const depth = indents.length + this.flow;
    if (depth > this.depth) {
      this.depth = depth;
      this.offsetOfDepth = start;
    }
  }
}
