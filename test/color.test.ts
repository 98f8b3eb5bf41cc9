import { describe, expect, it } from 'vitest';
import { colorLevel, makeChalk } from '../src/cli/color.js';

type Case = [string, boolean | undefined, NodeJS.ProcessEnv, boolean | undefined, 0 | 1 | 2 | 3];

describe('colorLevel: --color and --no-color win', () => {
  it.each<Case>([
    ['--no-color on a terminal', false, {}, true, 0],
    ['--no-color over FORCE_COLOR=3', false, { FORCE_COLOR: '3' }, true, 0],
    ['--color on a pipe', true, {}, false, 1],
    ['--color over NO_COLOR', true, { NO_COLOR: '1' }, false, 1],
    ['--color over FORCE_COLOR=0', true, { FORCE_COLOR: '0' }, false, 1],
  ])('%s', (_, option, env, isTTY, level) => {
    expect(colorLevel(option, env, isTTY)).toBe(level);
  });
});

describe('colorLevel: NO_COLOR', () => {
  it.each<Case>([
    ['NO_COLOR=1 on a terminal', undefined, { NO_COLOR: '1' }, true, 0],
    ['NO_COLOR with any value', undefined, { NO_COLOR: 'please' }, true, 0],
    ['NO_COLOR beats FORCE_COLOR', undefined, { NO_COLOR: '1', FORCE_COLOR: '2' }, true, 0],
    ['an empty NO_COLOR is ignored (no-color.org)', undefined, { NO_COLOR: '' }, true, 1],
  ])('%s', (_, option, env, isTTY, level) => {
    expect(colorLevel(option, env, isTTY)).toBe(level);
  });
});

describe('colorLevel: FORCE_COLOR', () => {
  it.each<Case>([
    ['FORCE_COLOR=0 on a terminal', undefined, { FORCE_COLOR: '0' }, true, 0],
    ['FORCE_COLOR=false on a terminal', undefined, { FORCE_COLOR: 'false' }, true, 0],
    ['FORCE_COLOR=1 on a pipe', undefined, { FORCE_COLOR: '1' }, false, 1],
    ['FORCE_COLOR=2 on a pipe', undefined, { FORCE_COLOR: '2' }, false, 2],
    ['FORCE_COLOR=3 on a pipe', undefined, { FORCE_COLOR: '3' }, false, 3],
    ['FORCE_COLOR=true', undefined, { FORCE_COLOR: 'true' }, false, 1],
    ['an empty FORCE_COLOR forces basic colour', undefined, { FORCE_COLOR: '' }, false, 1],
  ])('%s', (_, option, env, isTTY, level) => {
    expect(colorLevel(option, env, isTTY)).toBe(level);
  });
});

describe('colorLevel: otherwise, whether the stream is a terminal', () => {
  it.each<Case>([
    ['a terminal', undefined, {}, true, 1],
    ['a pipe', undefined, {}, false, 0],
    ['a stream that does not say', undefined, {}, undefined, 0],
    ['unrelated variables do not matter', undefined, { TERM: 'xterm-256color', CI: 'true' }, false, 0],
  ])('%s', (_, option, env, isTTY, level) => {
    expect(colorLevel(option, env, isTTY)).toBe(level);
  });
});

describe('makeChalk', () => {
  it('level 0 writes plain text', () => {
    const chalk = makeChalk(0);
    expect(chalk.level).toBe(0);
    expect(chalk.red('error')).toBe('error');
  });

  it.each([1, 2, 3] as const)('level %i writes escape codes', (level) => {
    const chalk = makeChalk(level);
    expect(chalk.level).toBe(level);
    expect(chalk.red('error')).toBe('\u001b[31merror\u001b[39m');
  });

  it('does not read the environment: the level given is the level used', () => {
    const before = process.env.NO_COLOR;
    process.env.NO_COLOR = '1';
    try {
      expect(makeChalk(1).bold('x')).toBe('\u001b[1mx\u001b[22m');
    } finally {
      if (before === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = before;
    }
  });
});
