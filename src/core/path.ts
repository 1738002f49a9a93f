/** A path into a case: map keys and list indexes, e.g. `['investments', 0, 'costs', 2]`. */
export type Path = readonly (string | number)[];

/** How a path reads in a message: `revenue`, `fixedCosts.stores`, `investments[0].costs[2]`. */
export function pathLabel(path: Path): string {
  let label = '';
  for (const segment of path) {
    if (typeof segment === 'number') label += `[${segment}]`;
    else label += label === '' ? segment : `.${segment}`;
  }
  return label === '' ? 'The case' : label;
}
