/**
 * Figures as they leave the engine for people and other programs (the CLI's JSON, exports): rounded
 * to 12 significant digits, so a sum of short decimals reads as written (15.466462, not
 * 15.466461999999998). Twelve digits keep every figure a finance person can state exactly, and far
 * more than any input holds; the engine itself computes at full precision. −0 becomes 0.
 */
export function roundFigure(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  return Number(value.toPrecision(12));
}

/** A copy of a JSON-like value with every number rounded by `roundFigure`. */
export function roundFigures<T>(value: T): T {
  if (typeof value === 'number') return roundFigure(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => roundFigures(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(out, key, {
        value: roundFigures((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out as T;
  }
  return value;
}
