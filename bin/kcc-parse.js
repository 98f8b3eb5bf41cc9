#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

const interrupt = new AbortController();
process.once('SIGINT', () => interrupt.abort());

const status = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  now: () => new Date(),
  signal: interrupt.signal,
});
process.exitCode = status;
