/**
 * A function computed once per key object and remembered as long as the key lives: compiled rules
 * per rules object, tokens per document, sorted words per block.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const computed = new WeakMap<K, V>();
  return (key) => {
    if (computed.has(key)) return computed.get(key) as V;
    const value = compute(key);
    computed.set(key, value);
    return value;
  };
}
