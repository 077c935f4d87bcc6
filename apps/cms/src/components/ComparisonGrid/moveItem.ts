/** `items` with the item at `from` moved to `to` (both indexes of `items`); a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items]
  const [item] = out.splice(from, 1)
  if (item === undefined) return out
  out.splice(to, 0, item)
  return out
}
