import { SnapshotValidationError } from '@clinic/schema'
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { env } from '../env'
import { type SnapshotReader, snapshotReader } from './authorize'
import { BrandNotFoundError, buildBrandSnapshot } from './buildSnapshot'

const UNAUTHENTICATED = {
  error: 'Authentication required: send "Authorization: Bearer <BUILD_TOKEN>" or a user API key ("Authorization: users API-Key <key>").',
}

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

function published(reader: Exclude<SnapshotReader, { kind: 'anonymous' }>): Where {
  const base: Where = { _status: { equals: 'published' } }
  return reader.kind === 'brandStaff' ? { and: [base, { id: { in: reader.brandIds } }] } : base
}

/** `GET /api/brands/snapshot-index`: the published brands a build may ask snapshots for. */
export const snapshotIndexEndpoint: Endpoint = {
  path: '/snapshot-index',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const reader = snapshotReader(req, env.BUILD_TOKEN)
    if (reader.kind === 'anonymous') return json(UNAUTHENTICATED, 401)
    const brands = await req.payload.find({
      collection: 'brands',
      where: published(reader),
      depth: 0,
      pagination: false,
      draft: false,
      overrideAccess: true,
      sort: 'slug',
      select: { slug: true, name: true, domain: true, updatedAt: true },
    })
    return json({ brands: brands.docs.map(({ slug, name, domain, updatedAt }) => ({ slug, name, domain, updatedAt })) }, 200)
  },
}

/** `GET /api/brands/:slug/snapshot`: one brand's published content, validated against the contract. */
export const snapshotEndpoint: Endpoint = {
  path: '/:slug/snapshot',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const reader = snapshotReader(req, env.BUILD_TOKEN)
    if (reader.kind === 'anonymous') return json(UNAUTHENTICATED, 401)
    const slug = String(req.routeParams?.slug ?? '')
    if (reader.kind === 'brandStaff') {
      const own = await req.payload.find({ collection: 'brands', where: { and: [{ slug: { equals: slug } }, { id: { in: reader.brandIds } }] }, depth: 0, limit: 1, overrideAccess: true, draft: true })
      if (own.docs.length === 0) return json({ error: `You do not have access to brand "${slug}".` }, 403)
    }
    try {
      const snapshot = await buildBrandSnapshot(req.payload, slug, { serverUrl: env.serverUrl })
      return json(snapshot, 200)
    } catch (error) {
      if (error instanceof BrandNotFoundError) return json({ error: error.message }, 404)
      if (error instanceof SnapshotValidationError) {
        req.payload.logger.error({ msg: error.message })
        return json({ error: `The snapshot of brand "${slug}" does not fit the contract; fix the documents listed.`, problems: error.problems }, 422)
      }
      throw error
    }
  },
}
