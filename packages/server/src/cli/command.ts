import type { CliIo } from './io.js';

/** One `kratom-care` subcommand. */
export interface Command {
  /** The words that select it, e.g. `user create`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly help: string;
  /** Runs it; throws a CliError to fail with a message. */
  run(args: readonly string[], io: CliIo): Promise<void>;
}

/**
 * Opens a command's help text with its usage line.
 *
 * @param usage - `kratom-care user create --email E ...`.
 * @param lines - Explanation lines.
 * @returns The help text.
 */
export function helpText(usage: string, ...lines: string[]): string {
  return [`Usage: ${usage}`, '', ...lines, ''].join('\n');
}
