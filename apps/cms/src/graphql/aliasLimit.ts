import type { SelectionSetNode, ValidationRule } from 'graphql'
import { Kind } from 'graphql'
import { refusalError } from './refusal'
import { memoizeBySelectionSet } from './selections'

/**
 * Aliases (and repeated fields) per operation. Aliases let one request ask for the same list or
 * the whole schema many times over; clients rarely need more than a handful.
 */
export const MAX_ALIASES = 20

/**
 * Refuses operations with more than {@link MAX_ALIASES} aliases. Counted: every field whose
 * response name differs from its field name (`a1: Articles`), and every field selected again
 * under a name its selection set already has (`__schema __schema`). Fragments count each time
 * they are used, as that is how often their fields are resolved.
 */
export const aliasLimitRule: ValidationRule = (context) => {
  const count = memoizeBySelectionSet(
    (selectionSet: SelectionSetNode): number => {
      let aliases = 0
      const names = new Set<string>()
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const responseName = selection.alias?.value ?? selection.name.value
          if (responseName !== selection.name.value || names.has(responseName)) aliases++
          names.add(responseName)
          if (selection.selectionSet) aliases += count(selection.selectionSet)
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          aliases += count(selection.selectionSet)
        } else {
          const fragment = context.getFragment(selection.name.value)
          if (fragment) aliases += count(fragment.selectionSet)
        }
      }
      return aliases
    },
    () => 0,
  )
  return {
    OperationDefinition(operation) {
      const aliases = count(operation.selectionSet)
      if (aliases > MAX_ALIASES) {
        context.reportError(
          refusalError(
            `The query uses ${aliases.toLocaleString('en-US')} aliases or repeated fields; the GraphQL API allows ${MAX_ALIASES} per operation. Split it into several requests.`,
            'QueryTooComplex',
            400,
            operation,
          ),
        )
      }
    },
  }
}
