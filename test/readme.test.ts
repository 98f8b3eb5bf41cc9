import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('quotes --help exactly', async () => {
    const quoted = /<!-- help:start -->\n```\n([\s\S]*?)```\n<!-- help:end -->/.exec(readme)?.[1];
    expect(quoted).toBe((await runCli(['--help'])).stdout);
  });

  it('has a quick start of exactly two commands', () => {
    const block = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(block.trim().split('\n')).toEqual(['npm ci && npx kcc-parse fixtures/word-artifacts/input.txt', 'npm ci && npm test']);
  });
});
