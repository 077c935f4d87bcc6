import type { CollectionConfig, FilterOptions, Where, RelationshipFieldSingleValidation, RelationshipFieldValidation, SelectFieldSingleValidation } from 'payload'
import { relationship, select } from 'payload/shared'
import { roleOf, roleOptions } from '../../access/roles'
import { assignsRolesField, createUsers, deleteUsers, readUsers, unlockUsers, updateUsers } from '../../access/userManagement'
import { refId, refIds } from '../../access/userBrands'
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

interface UserSiblings {
  role?: unknown
  brands?: unknown
}

/** The providers of the user's brands (any provider for a network admin, who works for every brand). */
const providersOfTheirBrands: FilterOptions = ({ data }) => {
  const { role, brands } = (data ?? {}) as UserSiblings
  if (role === 'admin') return true
  const ids = refIds(brands)
  // No brand yet: nothing to choose from until the user has one.
  const none: Where = { id: { exists: false } }
  return ids.length === 0 ? none : { brand: { in: ids } }
}

/** The provider this user is must be a provider of one of their brands (the review names them on that brand's site). */
const providerOfTheirBrand: RelationshipFieldSingleValidation = async (value, options) => {
  const base = await relationship(value, options)
  if (base !== true) return base
  const id = refId(value as Parameters<typeof refId>[0])
  if (id === null) return true
  const { role, brands } = (options.data ?? {}) as UserSiblings
  if (role === 'admin') return true
  const provider = await options.req.payload.findByID({ collection: 'providers', id, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req: options.req })
  const brand = refId((provider as { brand?: Parameters<typeof refId>[0] } | null)?.brand)
  const theirs = refIds(brands).map(String)
  return provider && brand !== null && theirs.includes(String(brand)) ? true : 'Choose a provider of one of this user’s brands (give them the brand first).'
}

/** People who work in the CMS: network admins, brand admins, editors, contributors and clinical reviewers. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'brands'],
    group: 'Administration',
    description:
      'Network admins manage the whole network; brand admins their brands and their people; editors publish their brands\' content; contributors write drafts; clinical reviewers approve health pages.',
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
    {
      name: 'provider',
      type: 'relationship',
      relationTo: 'providers',
      filterOptions: providersOfTheirBrands,
      validate: providerOfTheirBrand,
      access: { create: assignsRolesField, update: assignsRolesField },
      admin: {
        position: 'sidebar',
        description: 'The provider profile this person is. Clinical reviewers and editors linked to a provider approve health pages, which then show them as "Medically reviewed by".',
      },
    },
  ],
}
