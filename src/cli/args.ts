/** A small, strict argument reader: unknown flags are errors, not silently ignored. */
export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/** `allowed` maps a flag to whether it takes a value (`--template walmart`) or not (`--json`). */
export function parseArgs(argv: readonly string[], allowed: Record<string, 'value' | 'switch'>): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const [name, inline] = arg.replace(/^--?/, '').split('=', 2) as [string, string | undefined];
      const kind = allowed[name];
      if (!kind) throw new UsageError(`unknown option ${arg}`);
      if (kind === 'switch') {
        if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
        flags.set(name, true);
      } else {
        const value = inline ?? argv[++i];
        if (value === undefined || value.startsWith('--'))
          throw new UsageError(`option --${name} needs a value`);
        flags.set(name, value);
      }
    } else positional.push(arg);
  }
  return { positional, flags };
}
