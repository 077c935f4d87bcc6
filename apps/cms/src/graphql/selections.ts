import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql'
import { Kind } from 'graphql'

/** Finds a fragment definition of the document by name (`ValidationContext.getFragment` does). */
export type FragmentLookup = (name: string) => FragmentDefinitionNode | null | undefined

/** A {@link FragmentLookup} over a parsed document, for checks that run before validation. */
export function fragmentsOf(document: DocumentNode): FragmentLookup {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  return (name) => fragments.get(name)
}

/**
 * Wraps a computation over selection sets so that it runs once per selection set of a document.
 * The checks here follow fragment spreads into their fragments; without this, a fragment spread
 * twice in a fragment spread twice in … is walked 2^n times. A selection set met again while it is
 * still being computed belongs to a fragment cycle (which graphql's NoFragmentCycles reports, in
 * the same validation pass, so it cannot be relied on to run first): it yields `onCycle()`
 * instead of recursing forever.
 *
 * The key is the selection set alone: the type a selection set selects from is fixed by the
 * document (a field's type, a fragment's type condition), so `extra` never differs between calls.
 */
export function memoizeBySelectionSet<T, Extra extends unknown[]>(
  compute: (selectionSet: SelectionSetNode, ...extra: Extra) => T,
  onCycle: (selectionSet: SelectionSetNode) => T,
): (selectionSet: SelectionSetNode, ...extra: Extra) => T {
  const done = new Map<SelectionSetNode, T>()
  const inProgress = new Set<SelectionSetNode>()
  return (selectionSet, ...extra) => {
    if (done.has(selectionSet)) return done.get(selectionSet) as T
    if (inProgress.has(selectionSet)) return onCycle(selectionSet)
    inProgress.add(selectionSet)
    try {
      const result = compute(selectionSet, ...extra)
      done.set(selectionSet, result)
      return result
    } finally {
      inProgress.delete(selectionSet)
    }
  }
}
