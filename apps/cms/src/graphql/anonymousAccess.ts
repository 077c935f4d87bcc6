import type { ExecutionArgs, FieldNode, SelectionSetNode, ValidationRule } from 'graphql'
import { Kind, OperationTypeNode } from 'graphql'
import { refusalError } from './refusal'
import type { FragmentLookup } from './selections'

/**
 * What a request without a logged-in user may ask for: the users collection's operations that
 * work without a session (Payload names them after the collection's singular label, "User").
 * Everything else can only fail for the public: no collection lets it read (src/access), and
 * logout, token refresh and unlocking need a user. Refusing it before it runs saves the work of
 * failing, and keeps introspection (the whole API's description) from the public.
 */
export const ANONYMOUS_ROOT_FIELDS: Readonly<Record<OperationTypeNode, ReadonlySet<string>>> = {
  [OperationTypeNode.QUERY]: new Set(['meUser', 'initializedUser', '__typename']),
  [OperationTypeNode.MUTATION]: new Set(['loginUser', 'forgotPasswordUser', 'resetPasswordUser', 'verifyEmailUser', '__typename']),
  [OperationTypeNode.SUBSCRIPTION]: new Set(),
}

const MESSAGE =
  'Log in to query the CMS API. Without a login it answers only loginUser, forgotPasswordUser, resetPasswordUser, verifyEmailUser, meUser and initializedUser.'

/**
 * Whether a GraphQL request comes from nobody: Payload's handler puts the request, with the user
 * its auth strategies found (session cookie, JWT or API key), into the context as `req`. Without
 * one, the request counts as anonymous.
 */
export function isAnonymous(args: Pick<ExecutionArgs, 'contextValue'>): boolean {
  const context = args.contextValue
  if (typeof context !== 'object' || context === null || !('req' in context)) return true
  const req = context.req
  return typeof req !== 'object' || req === null || !('user' in req) || !req.user
}

/** The fields an operation asks for at its root, through fragments (each fragment once). */
function rootFields(selectionSet: SelectionSetNode, getFragment: FragmentLookup, seen = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection]
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, getFragment, seen)
    const fragment = seen.has(selection.name.value) ? undefined : getFragment(selection.name.value)
    seen.add(selection.name.value)
    return fragment ? rootFields(fragment.selectionSet, getFragment, seen) : []
  })
}

/** For anonymous requests: refuses every operation that asks for more than {@link ANONYMOUS_ROOT_FIELDS}. */
export const anonymousAccessRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const allowed = ANONYMOUS_ROOT_FIELDS[operation.operation]
    const refused = rootFields(operation.selectionSet, (name) => context.getFragment(name)).find((field) => !allowed.has(field.name.value))
    if (refused) context.reportError(refusalError(MESSAGE, 'Forbidden', 403, refused))
  },
})
