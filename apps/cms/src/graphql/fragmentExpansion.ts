import type { DocumentNode, SelectionSetNode } from 'graphql'
import { Kind } from 'graphql'
import { fragmentsOf } from './selections'

/** What a document selects once every fragment spread is replaced by its fragment. */
export type Expansion = { fields: number } | { cycle: string }

/**
 * Counts the fields a document selects with its fragments expanded wherever they are spread, over
 * all of its operations, or names a fragment that spreads itself. This is the work of walking the
 * expanded document, which Payload's own complexity rule does during validation without
 * remembering fragments it has walked (so 20 fragments that each spread the next one twice cost
 * it a million steps, from a 1 KB request) and without stopping at cycles (a stack overflow).
 * Here every fragment is counted once, so the count takes time in proportion to the document.
 */
export function expandFragments(document: DocumentNode): Expansion {
  const getFragment = fragmentsOf(document)
  const counted = new Map<string, number>()
  const expanding = new Set<string>()
  let cycle: string | undefined

  const fragmentFields = (name: string): number => {
    const known = counted.get(name)
    if (known !== undefined) return known
    if (expanding.has(name)) {
      cycle ??= name
      return 0
    }
    const fragment = getFragment(name)
    if (!fragment) return 0
    expanding.add(name)
    const fields = selectionFields(fragment.selectionSet)
    expanding.delete(name)
    counted.set(name, fields)
    return fields
  }

  const selectionFields = (selectionSet: SelectionSetNode): number => {
    let fields = 0
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) fields += 1 + (selection.selectionSet ? selectionFields(selection.selectionSet) : 0)
      else if (selection.kind === Kind.INLINE_FRAGMENT) fields += selectionFields(selection.selectionSet)
      else fields += fragmentFields(selection.name.value)
    }
    return fields
  }

  let fields = 0
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) fields += selectionFields(definition.selectionSet)
  }
  return cycle === undefined ? { fields } : { cycle }
}
