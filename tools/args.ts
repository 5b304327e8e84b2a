/**
 * Command-line parsing for every tool in tools/ (runs in Node, never in the build or a browser).
 * One rule for all of them, on Node's own `node:util` parseArgs in strict mode: an unknown flag,
 * a flag without its value or a stray argument stops the tool with the reason, its usage and exit
 * code 2 (bad usage, as against 1 for "the tool ran and found a problem"); `--help` / `-h`
 * prints the usage and exits 0. A typo like `--yaer` must never be silently ignored.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Exit code for bad usage (unknown flag, missing or malformed value). */
export const USAGE_EXIT = 2;

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * Parses `args` (default: this process's arguments) against `options`, plus `--help`.
 * `usage` is printed on `--help` and after every usage error.
 */
export function parseCommandLine<const O extends ParseArgsOptionsConfig, const P extends boolean = false>(
  usage: string,
  options: O,
  { allowPositionals, args = process.argv.slice(2) }: { allowPositionals?: P; args?: string[] } = {},
) {
  const config = { args, options: { ...options, ...HELP }, strict: true, allowPositionals } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (e) {
    return usageError(e instanceof Error ? e.message : String(e), usage);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

/**
 * A command line split at its first `--`: the tool's own arguments before it, and what the tool
 * passes on unchanged to another program after it (e.g. `astro build` options).
 */
export function splitAtDoubleDash(args: string[] = process.argv.slice(2)): {
  own: string[];
  passOn: string[];
} {
  const at = args.indexOf('--');
  return at < 0 ? { own: args, passOn: [] } : { own: args.slice(0, at), passOn: args.slice(at + 1) };
}

/** Says what is wrong with the command line, then how to use it, and exits with code 2. */
export function usageError(message: string, usage: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(USAGE_EXIT);
}
