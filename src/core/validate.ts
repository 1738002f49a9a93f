/**
 * Checks the plain value of the YAML against the format's zod schema and turns zod's issues into
 * messages for a finance person, each at a path. Unknown keys are warnings (with "did you mean"),
 * not errors: the case is still computed without them.
 */
import type * as z from 'zod';
import type { DiagnosticCode } from './diagnostic';
import { pathLabel, type PathIssue } from './pathIssue';
import { caseSchema, type RawCase } from './schema';
import { keysAt } from './schemaNav';
import { nearest } from './suggest';
import { describeInput } from './values';
import type { Path } from './yamlDocument';

type ZodIssue = z.core.$ZodIssue;

export interface ValidationResult {
  value: RawCase | undefined;
  issues: PathIssue[];
}

/** Validates a parsed YAML value; a case with only unknown keys is still returned, without them. */
export function validateCase(input: unknown): ValidationResult {
  const issues: PathIssue[] = [];
  let current = input;
  // Each pass removes the unknown keys it found; two passes settle any real file, three bound it.
  for (let pass = 0; pass < 3; pass++) {
    const result = caseSchema.safeParse(current);
    if (result.success) return { value: result.data, issues };
    const unknown: { path: Path; key: string }[] = [];
    for (const issue of flatten(result.error.issues, [])) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) unknown.push({ path: issue.path, key });
      } else {
        issues.push(toPathIssue(issue, current));
      }
    }
    for (const { path, key } of unknown) issues.push(unknownKey(path, key));
    if (issues.some((issue) => issue.severity === 'error') || unknown.length === 0)
      return { value: undefined, issues };
    current = withoutKeys(current, unknown);
  }
  return { value: undefined, issues };
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
        const depth = Math.max(...flat.map((i) => i.path.length + (i.code === 'unrecognized_keys' ? 1 : 0)));
        const score = [depth, -flat.length];
        if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! >= bestScore[1]!)) {
          best = flat;
          bestScore = score;
        }
      }
      if (best && bestScore[0]! > path.length) out.push(...best);
      else out.push({ ...issue, path });
    } else {
      out.push({ ...issue, path } as FlatIssue);
    }
  }
  return out;
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.prototype.hasOwnProperty.call(current, segment)
      ? (current as Record<string | number, unknown>)[segment]
      : undefined;
  }
  return current;
}

function toPathIssue(issue: FlatIssue, root: unknown): PathIssue {
  const label = pathLabel(issue.path);
  const input = valueAt(root, issue.path);
  let code: DiagnosticCode = 'invalid-value';
  let message: string;
  if (input === undefined && issue.code !== 'custom') {
    return { path: issue.path, severity: 'error', code: 'required', message: `${label} is required` };
  }
  switch (issue.code) {
    case 'invalid_type':
      code = 'wrong-type';
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
          : 'invalid-value';
      break;
    case 'invalid_value':
      message = isOwnMessage(issue.message)
        ? issue.message
        : `must be one of ${issue.values.map((v) => String(v)).join(', ')}, got ${describeInput(input)}`;
      break;
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
  if (issue.code === 'invalid_type' && /number/.test(String(issue.expected))) code = 'not-number';
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
    case 'int':
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

function unknownKey(path: Path, key: string): PathIssue {
  const known = keysAt(path).map((info) => info.name);
  const suggestion = nearest(key, known);
  const where = path.length === 0 ? 'at the top level' : `in ${pathLabel(path)}`;
  const hint = suggestion
    ? `: did you mean \`${suggestion}\`?`
    : known.length > 0
      ? ` (known keys: ${known.join(', ')})`
      : '';
  return {
    path: [...path, key],
    severity: 'warning',
    code: 'unknown-key',
    at: 'key',
    message: `Unknown key \`${key}\` ${where} is ignored${hint}`,
  };
}

/** A copy of the value without the given keys (only the maps on their paths are copied). */
function withoutKeys(root: unknown, removals: readonly { path: Path; key: string }[]): unknown {
  const copy = (value: unknown, path: Path): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const here = removals.filter(
      (r) => r.path.length === path.length && r.path.every((s, i) => String(s) === String(path[i])),
    );
    const below = removals.some(
      (r) => r.path.length > path.length && path.every((s, i) => String(s) === String(r.path[i])),
    );
    if (here.length === 0 && !below) return value;
    if (Array.isArray(value)) return value.map((item, index) => copy(item, [...path, index]));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (here.some((r) => r.key === key)) continue;
      Object.defineProperty(out, key, {
        value: copy(item, [...path, key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  return copy(root, []);
}
