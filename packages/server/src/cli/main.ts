#!/usr/bin/env node
import { text } from 'node:stream/consumers';
import { runCli } from './run-cli.js';

/**
 * The `kratom-care` command (npm bin; also `npm run cli --`). Everything happens in `runCli`, so
 * tests run the same code in-process.
 */
const exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => text(process.stdin),
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = exitCode;
