import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { usageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a subcommand's arguments strictly (unknown options and stray positionals are errors),
 * turning node's errors into exit-2 usage errors.
 *
 * @param args - The arguments after the subcommand.
 * @param options - The options it takes (`help` is added).
 * @param positionals - How many positional arguments it takes.
 * @returns The parsed values.
 */
export function parseCommandArgs(
  args: readonly string[],
  options: Options,
  positionals = 0,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: positionals > 0,
      strict: true,
    });
    if (parsed.positionals.length > positionals) {
      throw usageError(`unexpected argument: ${parsed.positionals[positionals] ?? ''}`);
    }
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      throw usageError(error.message);
    }
    throw error;
  }
}

/**
 * A required string option.
 *
 * @param values - Parsed values.
 * @param name - Option name.
 * @returns The value.
 */
export function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw usageError(`--${name} is required`);
  }
  return value;
}

/**
 * Validates an argument with a contract schema, naming the option on failure.
 *
 * @param schema - The zod schema.
 * @param value - The raw value.
 * @param name - The option, for the message.
 * @returns The parsed value.
 */
export function validated<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw usageError(`${name}: ${result.error.issues[0]?.message ?? 'not valid'}`);
  }
  return result.data;
}
