'use client'
import { useAuth } from '@payloadcms/ui'
import Link from 'next/link'

/** The Import posts link in the admin's navigation, for the people who may import. */
export function ImportNavLink() {
  const { user } = useAuth<{ role?: string }>()
  if (user?.role !== 'admin' && user?.role !== 'brand-admin') return null
  return (
    <Link className="nav__link import-posts__nav-link" href="/admin/import" prefetch={false}>
      <span className="nav__link-label">Import posts</span>
    </Link>
  )
}
