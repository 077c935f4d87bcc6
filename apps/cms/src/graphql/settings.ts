import type { Config } from 'payload'

/** The GraphQL API's settings (`graphQL` in payload.config.ts). */
export const graphQLSettings: NonNullable<Config['graphQL']> = {
  disablePlaygroundInProduction: true,
}
