import { describe, expect, it } from 'vitest';
import { oncePer } from '../src/once.js';

describe('oncePer', () => {
  it('computes once per key object, separately for each key', () => {
    const calls: string[] = [];
    const lengthOf = oncePer((key: { name: string }) => (calls.push(key.name), key.name.length));
    const [a, b] = [{ name: 'KCC' }, { name: 'Meta' }];
    expect([lengthOf(a), lengthOf(b), lengthOf(a), lengthOf(b)]).toEqual([3, 4, 3, 4]);
    expect(calls).toEqual(['KCC', 'Meta']);
  });

  it('remembers a computed undefined too', () => {
    let calls = 0;
    const nothing = oncePer((_key: object) => void calls++);
    const key = {};
    nothing(key);
    nothing(key);
    expect(calls).toBe(1);
  });
});
