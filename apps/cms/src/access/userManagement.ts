import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'
import { brandWriteScope } from './brandWriteScope'
import { roleOf } from './roles'
import { userBrandIds } from './userBrands'

/*
 * Who manages which CMS users. Network admins manage everyone. A brand admin manages the users
 * of their brands: people who are not network admins and whose brands are all the brand
 * admin's (someone who also works for another brand is that brand's business too).
 * Everyone else reads and edits only their own account, without changing its role or brands.
 */

const notAdmin: Where = { role: { not_equals: 'admin' } }

/** Network admins and brand admins create users; the role and brands fields limit what a brand admin can assign. */
export const createUsers: Access = ({ req }) => {
  const role = roleOf(req)
  return role === 'admin' || role === 'brand-admin'
}

/** Admins read everyone; a brand admin themselves and the non-admin users of their brands; others themselves. */
export const readUsers: Access = ({ req }) => {
  const role = roleOf(req)
  if (role === 'admin') return true
  if (role === null || !req.user) return false
  const self: Where = { id: { equals: req.user.id } }
  if (role !== 'brand-admin') return self
  const brands = userBrandIds(req)
  return brands.length === 0 ? self : { or: [self, { and: [notAdmin, { brands: { in: brands } }] }] }
}

/** The users a brand admin manages: not network admins, and working only for the brand admin's brands. */
async function managedByBrandAdmin(req: PayloadRequest, id: number | string | undefined): Promise<Where | false> {
  const scope = await brandWriteScope(req, { collection: 'users', field: 'brands', id })
  return scope === false ? false : { and: [notAdmin, scope] }
}

/** Admins update everyone; a brand admin themselves and the users they manage; others themselves. */
export const updateUsers: Access = async ({ req, id }) => {
  const role = roleOf(req)
  if (role === 'admin') return true
  if (role === null || !req.user) return false
  const self: Where = { id: { equals: req.user.id } }
  if (role !== 'brand-admin') return self
  const managed = await managedByBrandAdmin(req, id)
  return managed === false ? self : { or: [self, managed] }
}

/** Admins delete anyone; a brand admin the users they manage, but not themselves. */
export const deleteUsers: Access = async ({ req, id }) => {
  const role = roleOf(req)
  if (role === 'admin') return true
  if (role !== 'brand-admin' || !req.user) return false
  const managed = await managedByBrandAdmin(req, id)
  return managed === false ? false : { and: [{ id: { not_equals: req.user.id } }, managed] }
}

/**
 * Who may unlock an account that failed logins locked: network admins anyone, brand admins the
 * users they manage (never a network admin). Editors and contributors no one, or a brand editor
 * could keep unlocking an account they are guessing the password of.
 */
export const unlockUsers: Access = async ({ req }) => {
  const role = roleOf(req)
  if (role === 'admin') return true
  if (role !== 'brand-admin') return false
  return managedByBrandAdmin(req, undefined)
}

/** Who may set a user's role and brands: network admins and brand admins (within limits the fields validate). */
export const assignsRolesField: FieldAccess = ({ req }) => {
  const role = roleOf(req)
  return role === 'admin' || role === 'brand-admin'
}
