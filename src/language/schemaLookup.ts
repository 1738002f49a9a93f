/**
 * The schema lookups of core/schemaNav for paths read from the text being edited. A key named like
 * an Object.prototype member (`toString:`, `constructor:`) would reach a function instead of a
 * schema there (schemaNav indexes `shape[key]` without an own-property check), so such paths are
 * answered here as what they are: not part of the format.
 */
import type * as z from 'zod';
import * as nav from '../core/schemaNav';
import type { Path } from '../core/yamlDocument';

function inFormat(path: Path): boolean {
  return path.every((segment) => typeof segment === 'number' || !(segment in Object.prototype));
}

export function schemaAt(path: Path): z.ZodType | undefined {
  return inFormat(path) ? nav.schemaAt(path) : undefined;
}

export function keysAt(path: Path): nav.KeyInfo[] {
  return inFormat(path) ? nav.keysAt(path) : [];
}

export function descriptionAt(path: Path): string | undefined {
  return inFormat(path) ? nav.descriptionAt(path) : undefined;
}

export const enumValues = nav.enumValues;
export type KeyInfo = nav.KeyInfo;
