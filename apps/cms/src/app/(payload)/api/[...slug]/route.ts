/* Payload's REST routes, with the CMS's security headers on every answer (src/security/withApiHeaders.ts). */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { withApiHeaders } from '../../../../security/withApiHeaders'

export const GET = withApiHeaders(REST_GET(config))
export const POST = withApiHeaders(REST_POST(config))
export const DELETE = withApiHeaders(REST_DELETE(config))
export const PATCH = withApiHeaders(REST_PATCH(config))
export const PUT = withApiHeaders(REST_PUT(config))
export const OPTIONS = withApiHeaders(REST_OPTIONS(config))
