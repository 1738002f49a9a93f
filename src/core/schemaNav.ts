/**
 * Walking the zod schema by path: which keys a map may hold and what each means. Completion, hover
 * and the unknown-key warnings read the schema through here, so the descriptions stay one source.
 */
import type * as z from 'zod/mini';
import { caseSchema, ownDescription } from './schema';
import type { Path } from './path';

export interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  valueType?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  in?: z.ZodMiniType;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: unknown[];
}

export function def(schema: z.ZodMiniType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema without optional/default wrappers, and the description of the outermost layer that has one. */
export function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let current = schema;
  for (;;) {
    const d = def(current);
    if ((d.type === 'optional' || d.type === 'default' || d.type === 'nullable') && d.innerType)
      current = d.innerType;
    else if (d.type === 'pipe' && d.in) current = d.in;
    else return current;
  }
}

/** All object schemas a (possibly union) schema may be, with their keys. */
function objectVariants(schema: z.ZodMiniType): z.ZodMiniType[] {
  const inner = unwrap(schema);
  const d = def(inner);
  if (d.type === 'object') return [inner];
  if (d.type === 'union') return (d.options ?? []).flatMap(objectVariants);
  return [];
}

function child(schema: z.ZodMiniType, segment: string | number): z.ZodMiniType | undefined {
  const inner = unwrap(schema);
  const d = def(inner);
  switch (d.type) {
    case 'object':
      return typeof segment === 'string' && d.shape && Object.hasOwn(d.shape, segment)
        ? d.shape[segment]
        : undefined;
    case 'array':
      return typeof segment === 'number' ? d.element : undefined;
    case 'record':
      return d.valueType;
    case 'union': {
      // Prefer an object variant that names the key; then lists (by index) and records.
      for (const option of d.options ?? []) {
        const od = def(unwrap(option));
        if (od.type === 'object' && typeof segment === 'string' && od.shape?.[segment])
          return od.shape[segment];
      }
      for (const option of d.options ?? []) {
        const od = def(unwrap(option));
        if (od.type === 'union' || (od.type === 'array' && typeof segment === 'number')) {
          const found = child(option, segment);
          if (found) return found;
        }
      }
      for (const option of d.options ?? []) {
        if (def(unwrap(option)).type === 'record') return child(option, segment);
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The schema at a path of the case, if the format defines one there. */
export function schemaAt(path: Path, root: z.ZodMiniType = caseSchema): z.ZodMiniType | undefined {
  let current: z.ZodMiniType | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    current = child(current, segment);
  }
  return current;
}

export interface KeyInfo {
  name: string;
  description: string;
  required: boolean;
  /** Allowed words for the key's value, when it takes one of a few (unit: one|thousand|…). */
  values: string[];
}

/**
 * The keys a map at this path may hold, with their descriptions (empty where names are free).
 * Where the map may take several forms (a series' `{ start, growth }`, a range's `{ low, high }`),
 * the keys already written choose the forms: the validator reads a map the same way.
 */
export function keysAt(path: Path, written: readonly string[] = []): KeyInfo[] {
  const schema = schemaAt(path);
  if (!schema) return [];
  const seen = new Map<string, KeyInfo>();
  const variants = objectVariants(schema);
  const overlap = (variant: z.ZodMiniType) =>
    written.filter((k) => Object.hasOwn(def(variant).shape ?? {}, k)).length;
  const most = Math.max(0, ...variants.map(overlap));
  for (const variant of variants.filter((v) => overlap(v) === most)) {
    for (const [name, field] of Object.entries(def(variant).shape ?? {})) {
      if (seen.has(name)) continue;
      const fieldDef = def(field);
      seen.set(name, {
        name,
        description: describe(field),
        required: fieldDef.type !== 'optional' && fieldDef.type !== 'default',
        values: enumValues(field),
      });
    }
  }
  return [...seen.values()];
}

/** The description of the schema at a path, as written in the schema. */
export function descriptionAt(path: Path): string | undefined {
  const schema = schemaAt(path);
  return schema ? describe(schema) : undefined;
}

function describe(schema: z.ZodMiniType): string {
  let current: z.ZodMiniType | undefined = schema;
  while (current) {
    const own = ownDescription(current);
    if (own) return own;
    const d = def(current);
    current = d.innerType ?? d.in;
  }
  return '';
}

/** Literal words a value may take (enums, literals), for completion. */
export function enumValues(schema: z.ZodMiniType): string[] {
  const d = def(unwrap(schema));
  if (d.type === 'enum' && d.entries) return Object.values(d.entries).map(String);
  if (d.type === 'literal' && d.values) return d.values.map(String);
  return [];
}
