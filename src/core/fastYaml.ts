/**
 * A fast reader for the YAML that case files actually use: block maps and lists, scalars on one
 * line (plain scalars may go on over more-indented lines), flow collections on one line, comments.
 * For such a text it gives exactly what the `yaml` package gives: the value of
 * `parseDocument(text).toJS()` and the `range` of every node. For anything else, and whenever it is
 * not sure, it returns null and the caller falls back to `yaml`, which is always right. It never
 * throws, and its time is linear in the text.
 *
 * Ranges follow `yaml`'s composer exactly, comments included. A collection ends where the end
 * (`range[2]`) of its last value ends. A one-line value's end takes in its line's comment and
 * newline, and then the comment lines right after it that are more indented than its collection.
 * Comment lines still left when a nested collection closes stay in it (and end it) when one of them
 * is at least as indented as it; otherwise they move out to its parent, and so on. An empty value
 * sits right after its colon and the spaces after it; when it is the last entry of its map, it
 * ends after the blank and comment lines that follow it if one of them is a comment.
 */

/** A character range [start, end) of the text, 0-based. */
export interface FastSpan {
  start: number;
  end: number;
}

export interface FastNodeInfo {
  kind: 'map' | 'seq' | 'scalar';
  /** The key's span, for map entries. */
  key?: FastSpan | undefined;
  /** The value's span, as `yaml`'s `node.range[0..1]` (a comment after it is not included). */
  value: FastSpan;
  /** The last segment of the node's path: its key in a map, its index in a list (none at the root). */
  segment?: string | number | undefined;
  /** Entries of a map or list, in document order. */
  children?: FastNodeInfo[] | undefined;
}

export interface FastParse {
  value: unknown;
  /** The top-level map. */
  root: FastNodeInfo;
  /** Every node, by `pathKey(path)`; the root is at `pathKey([])`. Built when first read. */
  readonly nodes: Map<string, FastNodeInfo>;
}

/** Separates path segments in node keys. */
export const PATH_SEPARATOR = '\u0000';

/** The key of a path in the node table: each segment after a separator; the root is ''. */
export function pathKey(path: readonly (string | number)[]): string {
  let key = '';
  for (const segment of path) key += PATH_SEPARATOR + String(segment);
  return key;
}

/** Deeper nesting is left to `yaml` (readYaml refuses much less already). */
const MAX_DEPTH = 100;
/** `yaml` in strict mode refuses implicit keys longer than 1024 characters; leave a margin. */
const MAX_KEY_LENGTH = 1000;

/** Characters the fast path does not handle anywhere: tabs, control characters, lone CRs, BOMs, odd line breaks. */
// eslint-disable-next-line no-control-regex
const UNSUPPORTED_CHARS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]|\r(?!\n)/;

/** Thrown inside the parser to give up; never escapes fastParse. */
const BAIL: unique symbol = Symbol('bail');

const SPACE = 32;
const NEWLINE = 10;
const CR = 13;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DOT = 46;
const PERCENT = 37;
const DQUOTE = 34;
const SQUOTE = 39;
const BACKSLASH = 92;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
const COMMA = 44;

/** Reads `text` if it is in the supported subset; null means "use `yaml`". */
export function fastParse(text: string): FastParse | null {
  try {
    if (UNSUPPORTED_CHARS.test(text)) return null;
    const parser = new Parser(text);
    const root = parser.document();
    const value = parser.value;
    let nodes: Map<string, FastNodeInfo> | undefined;
    return {
      value,
      root,
      get nodes() {
        nodes ??= nodeTable(root);
        return nodes;
      },
    };
  } catch {
    // BAIL, or a bug here: either way the fallback is always right.
    return null;
  }
}

function nodeTable(root: FastNodeInfo): Map<string, FastNodeInfo> {
  const nodes = new Map<string, FastNodeInfo>();
  const add = (node: FastNodeInfo, key: string) => {
    nodes.set(key, node);
    if (node.children)
      for (const child of node.children) add(child, key + PATH_SEPARATOR + String(child.segment));
  };
  add(root, '');
  return nodes;
}

function bail(): never {
  throw BAIL;
}

/** A node, with its spans as plain numbers: one object per node, however many there are. */
class FastNode implements FastNodeInfo {
  constructor(
    readonly kind: FastNodeInfo['kind'],
    /** -1 when the node is not a map entry. */
    readonly keyStart: number,
    readonly keyEnd: number,
    readonly start: number,
    readonly end: number,
    readonly segment: string | number | undefined,
    readonly children: FastNode[] | undefined,
  ) {}

  get key(): FastSpan | undefined {
    return this.keyStart < 0 ? undefined : { start: this.keyStart, end: this.keyEnd };
  }

  get value(): FastSpan {
    return { start: this.start, end: this.end };
  }
}

function setEntry(obj: Record<string, unknown>, name: string, value: unknown): void {
  // toJS defines `__proto__` as an own property; plain assignment would set the prototype.
  if (name === '__proto__')
    Object.defineProperty(obj, name, { value, writable: true, enumerable: true, configurable: true });
  else obj[name] = value;
}

const hasOwn = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

class Parser {
  private readonly text: string;
  private readonly n: number;

  /** The JS value of the node the last parse method read (a second return value, without allocating). */
  value: unknown = undefined;

  // The current content line (after a gap of blank and comment lines), or eof.
  private eof = false;
  private lineStart = 0;
  private indent = 0;
  /** First non-space character of the current line. */
  private contentPos = 0;
  /** End of the current line's content (before "\n" or "\r\n"). */
  private lineEnd = 0;

  /** Whether the last gap held a comment line. */
  private sawComment = false;
  // The comment and blank lines after the last value that no collection has taken yet (yaml's
  // start-only item): the most indented comment among them (-1: none, or nothing left), and where
  // they end (the next content, or the end of the text).
  private tailMaxCommentIndent = -1;
  private tailEnd = 0;

  /** yaml's range[2] of the last collection read: where its last value, and comments kept in it, end. */
  private collectionEnd = 0;

  constructor(text: string) {
    this.text = text;
    this.n = text.length;
  }

  document(): FastNode {
    this.scanGap(0, -1);
    // Empty documents, documents not starting with a key at column 0: leave them to yaml.
    if (this.eof || this.indent !== 0) bail();
    const root = this.blockMap(0, this.contentPos, 1, -1, -1, undefined);
    if (!this.eof) bail();
    return root;
  }

  // ---- lines -------------------------------------------------------------------------------

  /**
   * Skips blank and comment lines from `pos` (a line start) to the next content line, and makes
   * it the current line. With `absorbIndent` >= 0, the comment lines more indented than it right
   * after a value belong to that value (yaml appends them to its end): returns where the last of
   * them ends, or -1 when there is none.
   */
  private scanGap(pos: number, absorbIndent: number): number {
    const text = this.text;
    const n = this.n;
    let absorbing = absorbIndent >= 0;
    let absorbedEnd = -1;
    let maxComment = -1;
    this.sawComment = false;
    while (pos < n) {
      let i = pos;
      while (text.charCodeAt(i) === SPACE) i++;
      const c = text.charCodeAt(i);
      if (i >= n || c === NEWLINE || c === CR) {
        const nl = text.indexOf('\n', i);
        pos = nl < 0 ? n : nl + 1;
        continue;
      }
      if (c === HASH) {
        const nl = text.indexOf('\n', i);
        const next = nl < 0 ? n : nl + 1;
        const indent = i - pos;
        this.sawComment = true;
        if (absorbing && indent > absorbIndent) absorbedEnd = next;
        else {
          absorbing = false;
          if (indent > maxComment) maxComment = indent;
        }
        pos = next;
        continue;
      }
      // A content line. Document markers and directives are left to yaml.
      if (i === pos && (c === DASH || c === DOT)) {
        const marker = text.slice(i, i + 3);
        if (marker === '---' || marker === '...') bail();
      }
      if (c === PERCENT) bail();
      let nl = text.indexOf('\n', i);
      if (nl < 0) nl = n;
      this.eof = false;
      this.lineStart = pos;
      this.indent = i - pos;
      this.contentPos = i;
      this.lineEnd = nl > i && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      this.tailMaxCommentIndent = maxComment;
      this.tailEnd = i;
      return absorbedEnd;
    }
    this.eof = true;
    this.lineStart = n;
    this.indent = 0;
    this.contentPos = n;
    this.lineEnd = n;
    this.tailMaxCommentIndent = maxComment;
    this.tailEnd = n;
    return absorbedEnd;
  }

  /** Where the current line ends, its newline included. */
  private afterLine(): number {
    const nl = this.text.indexOf('\n', this.lineEnd);
    return nl < 0 ? this.n : nl + 1;
  }

  /** After a value on the current line: only spaces and a comment may follow. */
  private expectLineEnd(p: number): void {
    const text = this.text;
    const end = this.lineEnd;
    let i = p;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    if (i === end) return;
    if (text.charCodeAt(i) === HASH && i > p) return;
    bail();
  }

  private skipSpaces(p: number): number {
    const text = this.text;
    while (text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  private isDashItem(p: number): boolean {
    if (this.text.charCodeAt(p) !== DASH) return false;
    return p + 1 >= this.lineEnd || this.text.charCodeAt(p + 1) === SPACE;
  }

  /**
   * Closes a collection at `indent` whose last value ended at `lastEnd`, and returns its range[2]:
   * comment lines left over after it stay in it when one of them is at least as indented as it
   * (yaml's pop()); otherwise they move out to the parent.
   */
  private closeCollection(indent: number, lastEnd: number): number {
    if (this.tailMaxCommentIndent >= 0 && indent !== 0 && this.tailMaxCommentIndent >= indent) {
      this.tailMaxCommentIndent = -1;
      return this.tailEnd;
    }
    return lastEnd;
  }

  /**
   * After a one-line value of the collection at `indent`: skips to the next content line and
   * returns where the value ends (yaml's range[2]).
   */
  private endOfValue(indent: number): number {
    const lineEnd = this.afterLine();
    const absorbed = this.scanGap(lineEnd, indent);
    // A more-indented line after a one-line value continues it (or is an error): leave it to yaml.
    if (!this.eof && this.indent > indent) bail();
    return absorbed >= 0 ? absorbed : lineEnd;
  }

  // ---- block collections -------------------------------------------------------------------

  /** A block map whose first key starts at `firstKey` on the current line, at column `indent`. */
  private blockMap(
    indent: number,
    firstKey: number,
    depth: number,
    keyStart: number,
    keyEnd: number,
    segment: string | number | undefined,
  ): FastNode {
    if (depth > MAX_DEPTH) bail();
    const text = this.text;
    const obj: Record<string, unknown> = {};
    const children: FastNode[] = [];
    let keyPos = firstKey;
    let lastEnd: number;
    for (;;) {
      const colon = this.readKey(keyPos);
      const name = this.value as string;
      if (hasOwn(obj, name)) bail(); // yaml reports duplicate keys; 1 and "1" are one key in JS
      let child: FastNode;
      const afterColon = colon + 1;
      const p = this.skipSpaces(afterColon);
      const c = p < this.lineEnd ? text.charCodeAt(p) : -1;
      if (c === -1 || (c === HASH && p > afterColon)) {
        // Nothing on the key's line: a nested block, or an empty value.
        const inlineComment = c === HASH;
        this.scanGap(this.afterLine(), -1);
        const dash = !this.eof && this.isDashItem(this.contentPos);
        if (!this.eof && (this.indent > indent || (this.indent === indent && dash))) {
          child = dash
            ? this.blockSeq(this.indent, depth + 1, keyPos, colon, name)
            : this.blockMap(this.indent, this.contentPos, depth + 1, keyPos, colon, name);
          lastEnd = this.collectionEnd;
        } else {
          this.value = null;
          child = new FastNode('scalar', keyPos, colon, p, p, name, undefined);
          lastEnd = inlineComment || this.sawComment ? this.tailEnd : p;
          this.tailMaxCommentIndent = -1;
        }
      } else {
        child = this.inlineValue(p, depth + 1, indent, keyPos, colon, name);
        lastEnd = this.endOfValue(indent);
      }
      setEntry(obj, name, this.value);
      children.push(child);
      if (this.eof || this.indent < indent) break;
      if (this.indent > indent || this.isDashItem(this.contentPos)) bail();
      keyPos = this.contentPos;
    }
    this.collectionEnd = this.closeCollection(indent, lastEnd);
    this.value = obj;
    return new FastNode('map', keyStart, keyEnd, firstKey, lastEnd, segment, children);
  }

  /** A block list whose first `-` is at contentPos of the current line, at column `indent`. */
  private blockSeq(
    indent: number,
    depth: number,
    keyStart: number,
    keyEnd: number,
    segment: string,
  ): FastNode {
    if (depth > MAX_DEPTH) bail();
    const text = this.text;
    const arr: unknown[] = [];
    const children: FastNode[] = [];
    const start = this.contentPos;
    let lastEnd: number;
    for (;;) {
      const dash = this.contentPos;
      if (text.charCodeAt(dash + 1) !== SPACE) bail(); // "-" alone: an empty item, or one on the next lines
      const p = this.skipSpaces(dash + 1);
      if (p >= this.lineEnd) bail();
      if (text.charCodeAt(p) === HASH || this.isDashItem(p)) bail();
      const index = arr.length;
      let child: FastNode;
      if (this.startsKey(p)) {
        child = this.blockMap(p - this.lineStart, p, depth + 1, -1, -1, index);
        lastEnd = this.collectionEnd;
      } else {
        child = this.inlineValue(p, depth + 1, indent, -1, -1, index);
        lastEnd = this.endOfValue(indent);
      }
      arr.push(this.value);
      children.push(child);
      if (this.eof || this.indent < indent) break;
      if (this.indent > indent) bail();
      if (!this.isDashItem(this.contentPos)) break;
    }
    this.collectionEnd = this.closeCollection(indent, lastEnd);
    this.value = arr;
    return new FastNode('seq', keyStart, keyEnd, start, lastEnd, segment, children);
  }

  /** Whether a list item's content at `p` is a map key (`name: …`), making the item a map. */
  private startsKey(p: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const q = c === DQUOTE ? this.scanDoubleQuoted(p) : this.scanSingleQuoted(p);
      return text.charCodeAt(q) === COLON;
    }
    if (c === LBRACKET || c === LBRACE) return false;
    this.scanBlockPlain(p);
    return this.plainStop === STOP_COLON;
  }

  // ---- keys and one-line values ------------------------------------------------------------

  /** Reads an implicit key at `p` on the current line: sets `value` to its name, returns where its `:` is. */
  private readKey(p: number): number {
    const text = this.text;
    const c = text.charCodeAt(p);
    let name: string;
    let end: number;
    if (c === DQUOTE || c === SQUOTE) {
      end = c === DQUOTE ? this.scanDoubleQuoted(p) : this.scanSingleQuoted(p);
      name = c === DQUOTE ? decodeDoubleQuoted(text, p, end) : decodeSingleQuoted(text, p, end);
      // Keeps pathKey() one-to-one (only an escape can put the separator in a key).
      if (name.includes(PATH_SEPARATOR)) bail();
      if (text.charCodeAt(end) !== COLON) bail();
      const after = end + 1;
      if (after < this.lineEnd && text.charCodeAt(after) !== SPACE) bail();
    } else {
      end = this.scanBlockPlain(p);
      // "key :" (a space before the colon) is left to yaml.
      if (this.plainStop !== STOP_COLON || end !== this.colonPos) bail();
      const resolved = resolvePlain(text.slice(p, end));
      // A null key is "" in toJS but "null" to a Document lookup: leave it to yaml.
      if (resolved === null) bail();
      name = String(resolved);
    }
    if (end - p > MAX_KEY_LENGTH) bail();
    this.value = name;
    return end;
  }

  /** A scalar or flow collection at `p` (a plain scalar may go on over more-indented lines), then nothing but a comment. */
  private inlineValue(
    p: number,
    depth: number,
    parentIndent: number,
    keyStart: number,
    keyEnd: number,
    segment: string | number,
  ): FastNode {
    const text = this.text;
    const c = text.charCodeAt(p);
    let end: number;
    if (c === DQUOTE) {
      end = this.scanDoubleQuoted(p);
      this.value = decodeDoubleQuoted(text, p, end);
    } else if (c === SQUOTE) {
      end = this.scanSingleQuoted(p);
      this.value = decodeSingleQuoted(text, p, end);
    } else if (c === LBRACKET || c === LBRACE) {
      const flow = this.flow(p, depth, keyStart, keyEnd, segment);
      this.expectLineEnd(flow.end);
      return flow;
    } else {
      end = this.scanBlockPlain(p);
      if (this.plainStop === STOP_COLON) bail(); // "a: b: c", or a key where a value should be
      if (this.plainStop === STOP_COMMENT) this.value = resolvePlain(text.slice(p, end));
      else end = this.plainLines(p, end, parentIndent);
    }
    this.expectLineEnd(end);
    return new FastNode('scalar', keyStart, keyEnd, p, end, segment, undefined);
  }

  /**
   * A plain scalar whose first line ends at `end`, and the lines that continue it (more indented
   * than its collection, not comments), folded as yaml folds them: a line break becomes a space,
   * each blank line a newline. Leaves the last of its lines as the current line, sets `value`, and
   * returns where it ends.
   */
  private plainLines(p: number, end: number, parentIndent: number): number {
    const text = this.text;
    const n = this.n;
    let pos = this.afterLine();
    let blanks = 0;
    let folded: string | null = null;
    let last = end;
    while (pos < n) {
      let i = pos;
      while (text.charCodeAt(i) === SPACE) i++;
      const c = text.charCodeAt(i);
      let nl = text.indexOf('\n', i);
      if (nl < 0) nl = n;
      if (i >= n || c === NEWLINE || c === CR) {
        blanks++;
        pos = nl + 1;
        continue;
      }
      if (i - pos <= parentIndent || c === HASH) break;
      this.lineStart = pos;
      this.lineEnd = nl > i && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      const lineEnd = this.scanBlockPlain(i);
      if (this.plainStop === STOP_COLON) bail(); // a multi-line implicit key
      folded =
        (folded ?? text.slice(p, end)) + (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + text.slice(i, lineEnd);
      blanks = 0;
      last = lineEnd;
      if (this.plainStop === STOP_COMMENT) break;
      pos = nl + 1;
    }
    this.value = resolvePlain(folded ?? text.slice(p, end));
    return last;
  }

  /** Why the last plain scalar ended, and where its colon is when a colon ended it. */
  private plainStop = STOP_LINE;
  private colonPos = -1;

  /**
   * A plain scalar in block context at `p`, to the end of the line, ` #` (a comment) or a `:`
   * followed by a space or the line end (a key). Returns its end, trailing spaces excluded.
   */
  private scanBlockPlain(p: number): number {
    const text = this.text;
    const lineEnd = this.lineEnd;
    const c = text.charCodeAt(p);
    switch (c) {
      case COMMA:
      case RBRACKET:
      case RBRACE:
      case HASH:
      case 38: // &
      case 42: // *
      case 33: // !
      case 124: // |
      case 62: // >
      case PERCENT:
      case 64: // @
      case 96: // `
      case 63: // ?
      case COLON:
      case DQUOTE:
      case SQUOTE:
      case LBRACKET:
      case LBRACE:
        bail();
        break;
      case DASH:
        if (p + 1 >= lineEnd || text.charCodeAt(p + 1) === SPACE) bail();
        break;
    }
    let end = p;
    for (let i = p; i < lineEnd; i++) {
      const ch = text.charCodeAt(i);
      if (ch === SPACE) {
        if (text.charCodeAt(i + 1) === HASH) {
          this.plainStop = STOP_COMMENT;
          return end;
        }
      } else if (ch === COLON && (i + 1 >= lineEnd || text.charCodeAt(i + 1) === SPACE)) {
        this.plainStop = STOP_COLON;
        this.colonPos = i;
        return end;
      } else end = i + 1;
    }
    this.plainStop = STOP_LINE;
    return end;
  }

  /** The end (after the closing quote) of a double-quoted scalar on this line. */
  private scanDoubleQuoted(p: number): number {
    const text = this.text;
    const lineEnd = this.lineEnd;
    let i = p + 1;
    while (i < lineEnd) {
      const ch = text.charCodeAt(i);
      if (ch === DQUOTE) return i + 1;
      i += ch === BACKSLASH ? 2 : 1;
    }
    return bail();
  }

  /** The end (after the closing quote) of a single-quoted scalar on this line. */
  private scanSingleQuoted(p: number): number {
    const text = this.text;
    const lineEnd = this.lineEnd;
    let i = p + 1;
    while (i < lineEnd) {
      if (text.charCodeAt(i) === SQUOTE) {
        if (i + 1 < lineEnd && text.charCodeAt(i + 1) === SQUOTE) i += 2;
        else return i + 1;
      } else i++;
    }
    return bail();
  }

  // ---- flow collections (on one line) -------------------------------------------------------

  private flow(
    p: number,
    depth: number,
    keyStart: number,
    keyEnd: number,
    segment: string | number,
  ): FastNode {
    if (depth > MAX_DEPTH) bail();
    const text = this.text;
    const isMap = text.charCodeAt(p) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const children: FastNode[] = [];
    const obj: Record<string, unknown> = {};
    const arr: unknown[] = [];
    let i = this.flowSpaces(p + 1);
    if (text.charCodeAt(i) !== close) {
      for (;;) {
        if (isMap) {
          const nameEnd = this.flowScalar(i, true);
          const quoted = this.flowQuoted;
          if (this.value === null || typeof this.value === 'object') bail();
          const name = String(this.value);
          if (nameEnd - i > MAX_KEY_LENGTH || hasOwn(obj, name) || name.includes(PATH_SEPARATOR)) bail();
          // After a quoted key the colon needs no space (`{"a":1}`); after a plain one it does.
          if (text.charCodeAt(nameEnd) !== COLON) bail();
          if (!quoted && text.charCodeAt(nameEnd + 1) !== SPACE) bail();
          const child = this.flowNode(this.flowSpaces(nameEnd + 1), depth + 1, i, nameEnd, name);
          setEntry(obj, name, this.value);
          children.push(child);
          i = this.flowSpaces(child.end);
        } else {
          const child = this.flowNode(i, depth + 1, -1, -1, arr.length);
          arr.push(this.value);
          children.push(child);
          i = this.flowSpaces(child.end);
        }
        const c = text.charCodeAt(i);
        if (c === COMMA) {
          i = this.flowSpaces(i + 1);
          if (text.charCodeAt(i) === close) bail(); // a trailing comma
          continue;
        }
        if (c === close) break;
        bail();
      }
    }
    this.value = isMap ? obj : arr;
    return new FastNode(isMap ? 'map' : 'seq', keyStart, keyEnd, p, i + 1, segment, children);
  }

  /** Skips spaces inside a flow collection; the line must not end there. */
  private flowSpaces(p: number): number {
    const i = this.skipSpaces(p);
    if (i >= this.lineEnd) bail();
    return i;
  }

  private flowNode(
    p: number,
    depth: number,
    keyStart: number,
    keyEnd: number,
    segment: string | number,
  ): FastNode {
    const c = this.text.charCodeAt(p);
    if (c === LBRACKET || c === LBRACE) return this.flow(p, depth, keyStart, keyEnd, segment);
    return new FastNode('scalar', keyStart, keyEnd, p, this.flowScalar(p, false), segment, undefined);
  }

  /** Whether the last flow scalar was quoted. */
  private flowQuoted = false;

  /** A scalar inside a flow collection at `p`: sets `value`, returns its end. */
  private flowScalar(p: number, asKey: boolean): number {
    const text = this.text;
    const c = text.charCodeAt(p);
    this.flowQuoted = c === DQUOTE || c === SQUOTE;
    if (c === DQUOTE) {
      const end = this.scanDoubleQuoted(p);
      this.value = decodeDoubleQuoted(text, p, end);
      return end;
    }
    if (c === SQUOTE) {
      const end = this.scanSingleQuoted(p);
      this.value = decodeSingleQuoted(text, p, end);
      return end;
    }
    switch (c) {
      case COMMA:
      case RBRACKET:
      case RBRACE:
      case LBRACKET:
      case LBRACE:
      case HASH:
      case 38: // &
      case 42: // *
      case 33: // !
      case 124: // |
      case 62: // >
      case PERCENT:
      case 64: // @
      case 96: // `
      case 63: // ?
      case COLON:
        bail();
        break;
      case DASH:
        if (!isPlainSafeInFlow(text.charCodeAt(p + 1))) bail();
        break;
    }
    const lineEnd = this.lineEnd;
    let end = p;
    let i = p;
    for (; i < lineEnd; i++) {
      const ch = text.charCodeAt(i);
      if (ch === SPACE) continue;
      if (ch === COMMA || ch === RBRACKET || ch === RBRACE) break;
      if (ch === COLON) {
        // A colon followed by a space or a flow indicator ends the scalar: the end of a key in a
        // flow map (any other such colon is left to yaml); otherwise it is part of the scalar.
        const next = i + 1 < lineEnd ? text.charCodeAt(i + 1) : SPACE;
        if (!isPlainSafeInFlow(next)) {
          if (asKey && next === SPACE && end === i) break;
          bail();
        }
      } else if (ch === HASH) {
        if (text.charCodeAt(i - 1) === SPACE) bail(); // a comment: the collection goes on over lines
      } else if (ch === LBRACKET || ch === LBRACE) bail();
      end = i + 1;
    }
    if (i >= lineEnd || end === p) bail();
    this.value = resolvePlain(text.slice(p, end));
    return end;
  }
}

const STOP_LINE = 0;
const STOP_COMMENT = 1;
const STOP_COLON = 2;

function isPlainSafeInFlow(c: number): boolean {
  return !(
    Number.isNaN(c) ||
    c === SPACE ||
    c === NEWLINE ||
    c === CR ||
    c === COMMA ||
    c === RBRACKET ||
    c === RBRACE ||
    c === LBRACKET ||
    c === LBRACE
  );
}

// ---- scalars -------------------------------------------------------------------------------

function decodeSingleQuoted(text: string, start: number, end: number): string {
  const inner = text.slice(start + 1, end - 1);
  return inner.includes("'") ? inner.replace(/''/g, "'") : inner;
}

const HEX4 = /^[0-9a-fA-F]{4}$/;

/** The escapes case files use: \" \\ \/ \n \t \uXXXX. Any other is left to yaml. */
function decodeDoubleQuoted(text: string, start: number, end: number): string {
  const last = end - 1;
  let i = text.indexOf('\\', start + 1);
  if (i < 0 || i >= last) return text.slice(start + 1, last);
  let out = text.slice(start + 1, i);
  while (i < last) {
    if (text.charCodeAt(i) !== BACKSLASH) {
      const next = text.indexOf('\\', i);
      const stop = next < 0 || next > last ? last : next;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    switch (text[i + 1]) {
      case '"':
        out += '"';
        break;
      case '\\':
        out += '\\';
        break;
      case '/':
        out += '/';
        break;
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'u': {
        const hex = text.slice(i + 2, i + 6);
        if (i + 6 > last || !HEX4.test(hex)) bail();
        out += String.fromCodePoint(parseInt(hex, 16));
        i += 6;
        continue;
      }
      default:
        bail();
    }
    i += 2;
  }
  return out;
}

// yaml's YAML 1.2 core schema, in its order: null, bool, octal, decimal and hex ints, floats; else a string.
const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const INT_HEX_RE = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The value of a plain scalar, as yaml's core schema resolves it and toJS gives it. */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Most strings start with a character no null, boolean or number starts with.
  if (c === 126 /* ~ */ || c === 110 /* n */ || c === 78 /* N */) return NULL_RE.test(s) ? null : s;
  if (c === 116 /* t */ || c === 84 /* T */ || c === 102 /* f */ || c === 70 /* F */)
    return BOOL_RE.test(s) ? c === 116 || c === 84 : s;
  if (!((c >= 48 && c <= 57) || c === 43 /* + */ || c === DASH || c === DOT)) return s;
  if (INT_OCT_RE.test(s)) return parseInt(s.substring(2), 8);
  if (INT_RE.test(s)) return parseInt(s, 10);
  if (INT_HEX_RE.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN_RE.test(s)) {
    if (s.slice(-3).toLowerCase() === 'nan') return NaN;
    return s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_RE.test(s) || FLOAT_EXP_RE.test(s)) return parseFloat(s);
  return s;
}
