import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { canPublish } from '../access/canPublish'
import { roleOf } from '../access/roles'

/**
 * Contributors save drafts only. Access already refuses them `_status: 'published'`; this also
 * refuses a save or a version restore without `draft: true`, which would overwrite the live
 * document (or take it offline) without naming a status at all.
 */
export const keepContributorsToDrafts: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  if (overrideAccess || (operation !== 'update' && operation !== 'restoreVersion')) return args
  const role = roleOf(req)
  // The public is refused by access; publishers may write live documents.
  if (role === null || canPublish(role)) return args
  if ((args as { draft?: unknown }).draft === true) return args
  throw new APIError(
    `A contributor can only save drafts of ${collection.slug}: save with draft=true (REST ?draft=true, GraphQL draft: true) and ask an editor to publish.`,
    403,
    undefined,
    true,
  )
}
