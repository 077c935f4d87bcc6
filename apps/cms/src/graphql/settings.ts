import type { Config } from 'payload'
import { aliasLimitRule } from './aliasLimit'
import { anonymousAccessRule, isAnonymous } from './anonymousAccess'
import { depthLimitRule } from './depthLimit'
import { queryCostRule } from './queryCost'

/**
 * The GraphQL API's settings (`graphQL` in payload.config.ts). Besides graphql's own validation,
 * every request is checked by the rules below before anything runs; the route adds limits on the
 * size of requests and answers (handler.ts).
 */
export const graphQLSettings: NonNullable<Config['graphQL']> = {
  // Both are Payload's defaults, spelled out because the API's safety depends on them.
  disableIntrospectionInProduction: true,
  disablePlaygroundInProduction: true,
  // Payload's own `maxComplexity` (1,000) stays: it counts every field once, whatever the length
  // of the lists it is in, which is why queryCost counts lists.
  validationRules: (args) => [...(isAnonymous(args) ? [anonymousAccessRule] : []), aliasLimitRule, depthLimitRule, queryCostRule(args.variableValues)],
}
