import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built server and CLI: `npm test` builds before it runs the tests. */
export const BUILT_SERVER = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
export const BUILT_CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** One app instance in its own process. */
export interface InstanceProcess {
  /** `http://127.0.0.1:port`. */
  readonly url: string;
  readonly port: number;
  /** The JSON log lines it has written so far. */
  readonly logs: readonly Record<string, unknown>[];
  /** SIGTERM, then waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Fails with a clear message when the server has not been built.
 *
 * @throws Error naming the command that builds it.
 */
export function assertBuilt(): void {
  for (const file of [BUILT_SERVER, BUILT_CLI]) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: run npm run build first (npm test does)`);
    }
  }
}

/**
 * Starts `node dist/main.js` with the given environment (nothing is inherited) and
 * waits for its "listening" log line, which carries the port it bound.
 *
 * @param env - The server's environment; set `PORT=0` and `HOST=127.0.0.1`.
 * @returns The running instance.
 */
export function startInstance(env: Readonly<Record<string, string>>): Promise<InstanceProcess> {
  const child = spawn(process.execPath, [BUILT_SERVER], {
    env: { ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Should the test runner die first, the instance must not outlive it.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  let buffered = '';
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the instance did not start within 20 s: ${stderr}`));
    }, 20_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the instance exited with ${String(code)}: ${stderr}`));
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        newline = buffered.indexOf('\n');
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === 'listening' && typeof entry.address === 'string') {
          clearTimeout(timer);
          const port = Number(new URL(entry.address).port);
          resolve({ url: entry.address, port, logs, stop });
        }
      }
    });
  });
}

/**
 * Runs the built CLI to completion.
 *
 * @param args - The command, e.g. `['audit', 'verify']`.
 * @param env - Its environment (nothing is inherited).
 * @returns Exit status and output.
 */
export function runBuiltCli(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BUILT_CLI, ...args], { env: { ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`kratom-care ${args.join(' ')} did not finish within 30 s`));
    }, 30_000);
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
