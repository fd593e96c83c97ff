// The command line of npm run check, new and suggest: Node's parseArgs, with the
// editor's messages: an unknown or misused option names the command, the closest known
// option (did-you-mean) and the usage, and exits 1; `--help`/`-h` prints the usage and
// exits 0. Main function: `commandArgs(command, usage, options, args)`.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../core/did-you-mean.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What a command line holds: its options' values and its positional arguments. */
export interface CommandLine {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/**
 * Reads `args` (the words after `npm run <command> --`); on `--help` prints `usage` and
 * exits 0; on a mistake prints what is wrong, a did-you-mean and `usage`, and exits 1.
 */
export function commandArgs(
  command: string,
  usage: string,
  options: Options,
  args: string[] = process.argv.slice(2),
): CommandLine {
  const all: Options = { ...options, help: { type: 'boolean', short: 'h' } };
  let parsed: CommandLine;
  try {
    parsed = parseArgs({ args, options: all, allowPositionals: true, strict: true });
  } catch (e) {
    process.stderr.write(`${argumentProblem(command, e, all, args)}\n\n${usage}\n`);
    process.exit(1);
  }
  if (parsed.values['help']) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return parsed;
}

/** The message for a command line parseArgs refused, with the closest known option. */
export function argumentProblem(
  command: string,
  e: unknown,
  options: Options,
  args: readonly string[],
): string {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const known = Object.entries(options).map(([name, o]) => ({ name, short: o.short }));
  const list = known.map((o) => `--${o.name}${o.short ? ` (-${o.short})` : ''}`).join(', ');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? args.find((a) => a.startsWith('-')) ?? '';
    const bare = option.replace(/^-+/, '').replace(/=.*$/, '');
    const guess = didYouMean(
      bare,
      known.map((o) => o.name),
    );
    return `npm run ${command}: unknown option "${option}".\n    hint: ${guess ? `Did you mean "--${guess}"? ` : ''}The options: ${list}.`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = (/'([^']+)'/.exec(message)?.[1] ?? '').split(' ')[0] ?? '';
    return /argument missing/.test(message)
      ? `npm run ${command}: "${option}" needs a value.\n    hint: Write it as ${option} <value>; put a value with spaces in quotes.`
      : `npm run ${command}: "${option}" takes no value.\n    hint: Write it alone: ${option}.`;
  }
  return `npm run ${command}: ${message}`;
}
