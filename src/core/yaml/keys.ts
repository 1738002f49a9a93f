/**
 * What a map key is called. Keys are names, compared as the user wrote them: `2012:` and
 * `"2012":` are the same key, and so are `~:` and `"":`; `2012.1` and `2012.10` are not (a plain
 * scalar keeps its source text, not the number it would read as).
 */
import { isScalar, type Scalar } from 'yaml';

/** The name of a key node, or null for a key that is not a scalar (`? [a, b]`). */
export function keyName(node: unknown): string | null {
  if (node === null || node === undefined) return '';
  if (!isScalar(node)) return null;
  const scalar = node as Scalar & { source?: string };
  if (scalar.type === 'PLAIN') {
    if (scalar.value === null) return '';
    return typeof scalar.source === 'string' ? scalar.source : String(scalar.value);
  }
  return String(scalar.value);
}
