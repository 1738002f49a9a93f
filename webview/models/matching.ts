/** Pairs the report's parts with the format 1.1 sections that name them. */

/** The item at `index` if it has this name (the usual case), else the first with the name. */
export function matching<T>(
  items: readonly T[],
  index: number,
  name: string,
  nameOf: (item: T) => string,
): T | null {
  const at = items[index];
  if (at !== undefined && nameOf(at) === name) return at;
  return items.find((item) => nameOf(item) === name) ?? null;
}
