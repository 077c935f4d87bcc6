/* Payload's GraphQL route, from its app template, with the API's size limits (src/graphql/handler.ts). */
import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'
import { graphqlPost } from '../../../../graphql/handler'

export const POST = graphqlPost(config)

export const OPTIONS = REST_OPTIONS(config)
