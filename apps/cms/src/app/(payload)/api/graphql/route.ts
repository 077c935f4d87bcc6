/* Payload's GraphQL route, from its app template, with the API's size limits (src/graphql/handler.ts) and security headers. */
import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'
import { graphqlPost } from '../../../../graphql/handler'
import { withApiHeaders } from '../../../../security/withApiHeaders'

export const POST = withApiHeaders(graphqlPost(config))

export const OPTIONS = withApiHeaders(REST_OPTIONS(config))
