import type { Access } from 'payload'
import { roleOf } from './roles'

/** Any logged-in CMS user. */
export const isStaff: Access = ({ req }) => roleOf(req) !== null
