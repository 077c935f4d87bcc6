import type { Access, FieldAccess } from 'payload'
import { roleOf } from './roles'

/** Network administrators only. */
export const isAdmin: Access = ({ req }) => roleOf(req) === 'admin'

/** Field-level twin of {@link isAdmin}. */
export const isAdminField: FieldAccess = ({ req }) => roleOf(req) === 'admin'
