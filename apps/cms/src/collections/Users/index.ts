import type { CollectionConfig, RelationshipFieldValidation, SelectFieldSingleValidation } from 'payload'
import { select } from 'payload/shared'
import { roleOf, roleOptions } from '../../access/roles'
import { assignsRolesField, createUsers, deleteUsers, readUsers, unlockUsers, updateUsers } from '../../access/userManagement'
import { refIds } from '../../access/userBrands'
import { env } from '../../env'
import { onlyOwnBrands } from '../../fields/brands'
import { guardLogin, refundLogin } from './hooks/guardLogin'

/** Only a network admin (or a script, which has no user) makes someone a network admin. */
const assignableRole: SelectFieldSingleValidation = (value, options) => {
  const base = select(value, options)
  if (base !== true) return base
  const assigner = roleOf(options.req)
  return value === 'admin' && assigner !== null && assigner !== 'admin' ? 'Only a network admin can make someone a network admin.' : true
}

/** A brand admin gives every user they create or change at least one of their own brands, so they keep managing them. */
const assignableBrands: RelationshipFieldValidation = async (value, options) => {
  const base = await onlyOwnBrands(value, options)
  if (base !== true) return base
  return roleOf(options.req) === 'brand-admin' && refIds(value).length === 0 ? 'Choose at least one of your brands.' : true
}

/** People who work in the CMS: network admins, brand admins, editors and contributors. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'brands'],
    group: 'Administration',
    description:
      'Network admins manage the whole network; brand admins their brands and their people; editors publish their brands\' content; contributors write drafts.',
  },
  auth: {
    useAPIKey: true,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // HttpOnly always (Payload's default); Secure in production; sent on top-level navigations only across sites (Lax).
    cookies: { secure: env.secureCookies, sameSite: 'Lax' },
  },
  access: {
    admin: ({ req }) => roleOf(req) !== null,
    create: createUsers,
    delete: deleteUsers,
    read: readUsers,
    update: updateUsers,
    unlock: unlockUsers,
  },
  hooks: {
    // Equal answers for unknown, locked and wrongly-guessed accounts; failed logins per client address.
    beforeOperation: [guardLogin],
    afterLogin: [refundLogin],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: roleOptions,
      validate: assignableRole,
      access: { create: assignsRolesField, update: assignsRolesField },
      admin: { position: 'sidebar' },
      saveToJWT: true,
    },
    {
      name: 'brands',
      type: 'relationship',
      relationTo: 'brands',
      hasMany: true,
      validate: assignableBrands,
      access: { create: assignsRolesField, update: assignsRolesField },
      admin: { position: 'sidebar', description: 'The brands this person works for. Network admins work for all brands.' },
      saveToJWT: true,
    },
  ],
}
