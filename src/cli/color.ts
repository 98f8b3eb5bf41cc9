import { Chalk, type ChalkInstance } from 'chalk';

/**
 * The colour decision, made here because chalk does not read NO_COLOR: an explicit --color or
 * --no-color wins, then NO_COLOR, then FORCE_COLOR, then whether the stream is a terminal.
 */
export type ColorLevel = 0 | 1 | 2 | 3;

export function colorLevel(option: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean | undefined): ColorLevel {
  if (option === false) return 0;
  if (option === true) return 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const level = Number(force);
    return level >= 1 && level <= 3 ? (level as ColorLevel) : 1;
  }
  return isTTY ? 1 : 0;
}

export function makeChalk(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}
