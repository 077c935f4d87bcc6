/** A `Map` or `WeakMap`: what {@link cachedIn} needs of a cache. */
interface Cache<K, V> {
  get(key: K): V | undefined
  set(key: K, value: V): unknown
}

/** The value `cache` holds for `key`, computed by `compute` and stored the first time it is asked for. */
export function cachedIn<K, V>(cache: Cache<K, V>, key: K, compute: (key: K) => V): V {
  let value = cache.get(key)
  if (value === undefined) {
    value = compute(key)
    cache.set(key, value)
  }
  return value
}
