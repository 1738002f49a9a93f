/**
 * Checks the plain value of the YAML against the format's zod schema, field by field, and turns
 * what is wrong into messages for a finance person, each at a path.
 *
 * The schema is walked, not parsed whole: every field is checked on its own, so a wrong value in
 * one field never hides a problem in another, and the value that comes back holds every field that
 * is valid (an invalid field is left out; an invalid list item or map entry stays as `undefined`
 * in its place, so the paths of the others hold). The resolver then runs its checks on all of it.
 * zod checks the leaves (money, percent, text, enums) and stays the one source of what is allowed.
 *
 * Unknown keys are warnings (with "did you mean"), not errors: the case is computed without them.
 */
import type * as z from 'zod/mini';
import type { DiagnosticCode } from './diagnostic';
import { pathLabel, type Path } from './path';
import { suspiciousPercent, type PathIssue } from './pathIssue';
import { caseSchema, ownDescription, valueKindOf } from './schema';
import { def, unwrap } from './schemaNav';
import { didYouMean, nearest } from './suggest';
import { describeInput } from './values';

type ZodIssue = z.core.$ZodIssue;

export interface ValidationResult {
  /** Every valid field of the case (see the file comment); undefined when the top level is not a map. */
  value: Record<string, unknown> | undefined;
  issues: PathIssue[];
}

/** Marks a value that failed its check: its parent leaves it out. */
const INVALID: unique symbol = Symbol('invalid');
type Checked = unknown;

export function validateCase(input: unknown): ValidationResult {
  const issues: PathIssue[] = [];
  const value = check(caseSchema, input, [], issues);
  return {
    value: value === INVALID ? undefined : (value as Record<string, unknown>),
    issues,
  };
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Checks `input` against `schema` at `path`, pushing every problem; returns the valid value or INVALID. */
function check(schema: z.ZodMiniType, input: unknown, path: Path, issues: PathIssue[]): Checked {
  const inner = unwrap(schema);
  const d = def(inner);
  switch (d.type) {
    case 'object':
      if (!isPlainMap(input)) return wrongShape(input, path, 'a map of fields', issues);
      return checkObject(inner, input, path, issues);
    case 'record': {
      if (!isPlainMap(input)) return wrongShape(input, path, 'a map of names to values', issues);
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(input)) {
        const value = check(d.valueType!, input[key], [...path, key], issues);
        // An invalid entry keeps its place (as undefined), so no check after this one finds it missing.
        define(out, key, value === INVALID ? undefined : value);
      }
      return out;
    }
    case 'array': {
      if (!Array.isArray(input)) return wrongShape(input, path, 'a list', issues);
      const out = input.map((item, index) => {
        const value = check(d.element!, item, [...path, index], issues);
        return value === INVALID ? undefined : value;
      });
      // Checks on the list itself (at least one entry).
      if ((d.checks?.length ?? 0) > 0 && out.every((item) => item !== undefined)) {
        const result = inner.safeParse(input);
        if (!result.success) {
          for (const issue of flatten(result.error.issues, path))
            issues.push(toPathIssue(issue, input, path));
          return INVALID;
        }
      }
      return out;
    }
    case 'union':
      return checkUnion(inner, input, path, issues);
    default:
      return checkLeaf(inner, input, path, issues);
  }
}

function checkObject(
  schema: z.ZodMiniType,
  input: Record<string, unknown>,
  path: Path,
  issues: PathIssue[],
): Checked {
  const shape = def(schema).shape ?? {};
  const out: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const key of Object.keys(input)) {
    if (!Object.prototype.hasOwnProperty.call(shape, key)) {
      unknown.push(key);
      continue;
    }
    const value = check(shape[key]!, input[key], [...path, key], issues);
    if (value !== INVALID) define(out, key, value);
  }
  let missing = Object.keys(shape).filter(
    (key) => !Object.prototype.hasOwnProperty.call(input, key) && isRequired(shape[key]!),
  );
  if (unknown.length > 0) {
    const known = Object.keys(shape);
    for (const key of unknown) {
      const suggestion = nearest(key, known);
      // A misspelt required key (`revnue`) is one problem, an error at the misspelling, not also a
      // missing `revenue` at the top of the map.
      const required = suggestion !== undefined && missing.includes(suggestion);
      if (required) missing = missing.filter((name) => name !== suggestion);
      issues.push(unknownKey(path, key, known, suggestion, required));
    }
  }
  if (missing.length > 0) {
    const list = missing.map((key) => `\`${key}\``).join(', ');
    issues.push({
      path,
      // A named map is flagged at its name; a list item (or the file) where it starts.
      at: typeof path[path.length - 1] === 'string' ? 'key' : 'start',
      severity: 'error',
      code: 'required',
      message:
        path.length === 0
          ? `The case needs ${list}`
          : `${pathLabel(path)} needs ${list}${missing.length === 1 ? describeNeed(shape[missing[0]!]!) : ''}`,
    });
  }
  return out;
}

function isRequired(schema: z.ZodMiniType): boolean {
  const type = def(schema).type;
  return type !== 'optional' && type !== 'default';
}

function describeNeed(schema: z.ZodMiniType): string {
  const description = ownDescription(schema);
  return description ? ` (${description.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())})` : '';
}

const unionOptions = new WeakMap<z.ZodMiniType, z.ZodMiniType[]>();

/** All options of a union, with nested unions of structured values opened up (once per union). */
function optionsOf(schema: z.ZodMiniType): z.ZodMiniType[] {
  let options = unionOptions.get(schema);
  if (!options) {
    options = openOptions(schema);
    unionOptions.set(schema, options);
  }
  return options;
}

function openOptions(schema: z.ZodMiniType): z.ZodMiniType[] {
  return (def(schema).options ?? []).flatMap((option) => {
    const inner = unwrap(option);
    const d = def(inner);
    if (d.type === 'union' && (d.options ?? []).some((o) => isStructured(o))) return openOptions(inner);
    return [inner];
  });
}

function hasSingleOption(schema: z.ZodMiniType): boolean {
  return def(schema).type === 'union' && optionsOf(schema).some((o) => !isStructured(o));
}

function isStructured(schema: z.ZodMiniType): boolean {
  const type = def(unwrap(schema)).type;
  return type === 'object' || type === 'record' || type === 'array';
}

/**
 * A union is read by the shape of what was written: a list takes the list form; a map takes the
 * fixed-key form whose keys it uses most (`{ start }` is a start-and-growth series missing its
 * growth), else the map-of-names form; a single value takes the single-value form. So the message
 * speaks of the form the author meant, at the field that is wrong.
 */
function checkUnion(schema: z.ZodMiniType, input: unknown, path: Path, issues: PathIssue[]): Checked {
  const options = optionsOf(schema);
  const structured = options.filter(isStructured);
  if (structured.length === 0) return checkLeaf(schema, input, path, issues);
  const ofType = (type: string) => structured.filter((o) => def(o).type === type);
  if (Array.isArray(input)) {
    const list = ofType('array')[0];
    return list ? check(list, input, path, issues) : checkLeaf(schema, input, path, issues);
  }
  if (isPlainMap(input)) {
    const keys = Object.keys(input);
    let best: z.ZodMiniType | undefined;
    let bestOverlap = 0;
    for (const option of ofType('object')) {
      const shape = def(option).shape ?? {};
      const overlap = keys.filter((k) => Object.prototype.hasOwnProperty.call(shape, k)).length;
      if (overlap > bestOverlap) {
        best = option;
        bestOverlap = overlap;
      }
    }
    const chosen =
      best ?? ofType('record')[0] ?? (ofType('object').length === 1 ? ofType('object')[0] : undefined);
    return chosen ? check(chosen, input, path, issues) : checkLeaf(schema, input, path, issues);
  }
  // A single value: the one option that takes single values (a series' value schema, itself a
  // union of a number, a text and a range), so its message is the one the author needs.
  const takesSingle = (def(schema).options ?? [])
    .map(unwrap)
    .filter((o) => !isStructured(o) || hasSingleOption(o));
  if (takesSingle.length === 1) return check(takesSingle[0]!, input, path, issues);
  return checkLeaf(schema, input, path, issues);
}

function checkLeaf(schema: z.ZodMiniType, input: unknown, path: Path, issues: PathIssue[]): Checked {
  const result = schema.safeParse(input);
  if (!result.success) {
    for (const issue of flatten(result.error.issues, path)) issues.push(toPathIssue(issue, input, path));
    return INVALID;
  }
  if (valueKindOf(schema) === 'percent' && typeof input === 'number' && Math.abs(input) > 1) {
    // A plain number above 1 in a percent field is almost always a percent written without `%`.
    issues.push(suspiciousPercent(path, input));
  }
  return result.data;
}

function wrongShape(input: unknown, path: Path, expected: string, issues: PathIssue[]): typeof INVALID {
  issues.push({
    path,
    severity: 'error',
    code: input === undefined || input === null ? 'required' : 'wrong-type',
    message: `${pathLabel(path)} must be ${expected}, got ${describeInput(input)}`,
  });
  return INVALID;
}

type FlatIssue = ZodIssue & { path: Path };

/**
 * zod reports a union that failed with every alternative's issues. The alternative that got
 * furthest into the value (deepest paths, then fewest issues, then the later, more specific one)
 * is what the author meant; its issues are reported. Where every alternative failed at the value
 * itself, the union's own message (written for people) is kept.
 */
function flatten(issues: readonly ZodIssue[], prefix: Path): FlatIssue[] {
  const out: FlatIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      let best: FlatIssue[] | undefined;
      let bestScore = [-1, 0];
      for (const branch of issue.errors) {
        const flat = flatten(branch, path);
        let depth = 0;
        for (const i of flat) depth = Math.max(depth, i.path.length);
        const score = [depth, -flat.length];
        if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! >= bestScore[1]!)) {
          best = flat;
          bestScore = score;
        }
      }
      if (best && bestScore[0]! > path.length) out.push(...best);
      else out.push({ ...issue, path });
    } else {
      out.push({ ...issue, path });
    }
  }
  return out;
}

function valueAt(root: unknown, rootPath: Path, path: Path): unknown {
  let current = root;
  for (const segment of path.slice(rootPath.length)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.prototype.hasOwnProperty.call(current, segment)
      ? (current as Record<string | number, unknown>)[segment]
      : undefined;
  }
  return current;
}

function toPathIssue(issue: FlatIssue, root: unknown, rootPath: Path): PathIssue {
  const label = pathLabel(issue.path);
  const input = valueAt(root, rootPath, issue.path);
  let code: DiagnosticCode = 'invalid-value';
  let message: string;
  if (input === undefined && issue.code !== 'custom') {
    return { path: issue.path, severity: 'error', code: 'required', message: `${label} is required` };
  }
  switch (issue.code) {
    case 'invalid_type':
      code = 'wrong-type';
      if (issue.expected === 'int') message = `must be a whole number, got ${describeInput(input)}`;
      else
        message = isOwnMessage(issue.message)
          ? issue.message
          : `must be ${article(issue.expected)}, got ${describeInput(input)}`;
      break;
    case 'invalid_union':
    case 'invalid_format':
      message = issue.message;
      code = /^must be a money amount/.test(message)
        ? 'not-money'
        : /^must be a percent/.test(message)
          ? 'not-percent'
          : /^must be a number/.test(message)
            ? 'not-number'
            : 'invalid-value';
      break;
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      const meant = typeof input === 'string' ? nearest(input.trim(), values) : undefined;
      message = isOwnMessage(issue.message)
        ? issue.message
        : `must be one of ${values.join(', ')}, got ${describeInput(input)}${meant ? didYouMean(meant) : ''}`;
      break;
    }
    case 'too_small':
      message = isOwnMessage(issue.message)
        ? issue.message
        : issue.origin === 'array'
          ? `needs at least ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`
          : `must be at least ${String(issue.minimum)}, got ${describeInput(input)}`;
      break;
    case 'too_big':
      message = `must be at most ${String(issue.maximum)}, got ${describeInput(input)}`;
      break;
    case 'not_multiple_of':
      message = `must be a whole number, got ${describeInput(input)}`;
      break;
    default:
      message = issue.message;
  }
  if (issue.code === 'invalid_type' && /number|int/.test(String(issue.expected))) code = 'not-number';
  return { path: issue.path, severity: 'error', code, message: `${label} ${message}` };
}

/** zod's default messages start with "Invalid"; the schema's own ones are written for people. */
function isOwnMessage(message: string): boolean {
  return !/^(Invalid|Too (small|big)|Expected)/.test(message);
}

function article(expected: unknown): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'object':
    case 'record':
      return 'a map of names to values';
    case 'array':
      return 'a list';
    default:
      return String(expected);
  }
}

/** A key the format does not have: a warning, or an error when it is a required key misspelt. */
function unknownKey(
  path: Path,
  key: string,
  known: readonly string[],
  suggestion: string | undefined,
  required: boolean,
): PathIssue {
  const where = path.length === 0 ? 'at the top level' : `in ${pathLabel(path)}`;
  const hint = suggestion
    ? didYouMean(suggestion)
    : known.length > 0
      ? ` (known keys: ${known.join(', ')})`
      : '';
  const needed = required
    ? ` ${path.length === 0 ? 'The case' : pathLabel(path)} needs \`${suggestion}\`.`
    : '';
  return {
    path: [...path, key],
    severity: required ? 'error' : 'warning',
    code: 'unknown-key',
    at: 'key',
    message: `Unknown key \`${key}\` ${where} is ignored${hint}${needed}`,
  };
}
