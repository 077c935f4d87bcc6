import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { AdminPage } from '../AdminPage/AdminPage'
import { roleOf } from '../../access/roles'
import { ImportPostsForm } from './ImportPostsForm'

/**
 * The admin's Import posts view (`/admin/import`): choose a brand, upload a WordPress export,
 * saved pages or a zip of them, preview what would be created (a dry run), then import as drafts.
 * Network admins import into every brand, brand admins into theirs; nobody else sees the form.
 */
export async function ImportPostsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const role = roleOf(req)
  const mayImport = role === 'admin' || role === 'brand-admin'
  const brands = mayImport
    ? (await req.payload.find({ collection: 'brands', depth: 0, pagination: false, sort: 'name', overrideAccess: false, user: req.user, select: { name: true, slug: true } })).docs.map((brand) => ({
        id: String(brand.id),
        name: brand.name,
        slug: brand.slug,
      }))
    : []
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <Gutter className="import-posts">
        <h1>Import posts</h1>
        {mayImport ? (
          <>
            <p className="import-posts__lead">
              Bring in a clinic&rsquo;s existing posts: a WordPress export (<code>.xml</code>, from Tools › Export), pages saved from the old site (<code>.html</code>), or a <code>.zip</code> of them. Preview first: nothing is written until you import, and an import only ever
              creates drafts.
            </p>
            <ImportPostsForm brands={brands} />
          </>
        ) : (
          <p>Only network admins and brand admins import posts. Ask one of them to import your brand&rsquo;s old posts.</p>
        )}
      </Gutter>
    </AdminPage>
  )
}
