'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { formatAdminURL } from 'payload/shared'
import { REVIEW_QUEUE_PATH } from '../constants'

/** The Clinical review link in the admin's navigation: the queue of pages waiting for review, for every logged-in user. */
export function ReviewNavLink() {
  const { user } = useAuth()
  const { config } = useConfig()
  if (!user) return null
  return (
    <Link className="nav__link review-queue__nav-link" href={formatAdminURL({ adminRoute: config.routes.admin, path: REVIEW_QUEUE_PATH })} prefetch={false}>
      <span className="nav__link-label">Clinical review</span>
    </Link>
  )
}
