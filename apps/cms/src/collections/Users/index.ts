import type { Access, CollectionConfig } from 'payload'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { roleOf } from '../../access/userBrands'

/** Admins reach every user; everyone else only their own account. */
const adminOrSelf: Access = ({ req }) => {
  const role = roleOf(req)
  if (role === 'admin') return true
  if (role === null || !req.user) return false
  return { id: { equals: req.user.id } }
}

/** People who work in the CMS: network admins and brand editors. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'brands'],
    group: 'Administration',
    description: 'Admins manage the whole network; editors work on the brands they are assigned to.',
  },
  auth: {
    useAPIKey: true,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
  },
  access: {
    admin: ({ req }) => roleOf(req) !== null,
    create: isAdmin,
    delete: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: [
        { label: 'Network admin', value: 'admin' },
        { label: 'Brand editor', value: 'editor' },
      ],
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
      saveToJWT: true,
    },
    {
      name: 'brands',
      type: 'relationship',
      relationTo: 'brands',
      hasMany: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', description: 'The brands this person may edit.' },
      saveToJWT: true,
    },
  ],
}
