import type { LogStream } from '../request-logging.js';

/** Collects the app's JSON log lines in memory. */
export function createLogCapture(): {
  stream: LogStream;
  lines: () => Array<Record<string, unknown>>;
  text: () => string;
} {
  const raw: string[] = [];
  return {
    stream: { write: (line: string) => void raw.push(line) },
    lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>),
    text: () => raw.join(''),
  };
}
