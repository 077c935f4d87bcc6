import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Brand } from '../../src/payload-types'
import { generatedWxr } from '../../src/scripts/benchWxr'
import { type AppointmentTarget, createAppointmentTarget, requestFields } from './helpers/appointmentTarget'
import type * as AppointmentHelpers from './helpers/appointments'
import { runCmsScript } from './helpers/cmsScript'
import { brandData } from './helpers/contentDocuments'
import { type HookReceiver, callsBySlug, hookPath, startHookReceiver } from './helpers/hookReceiver'
import { paragraphState } from './helpers/lexical'
import { rebuildsSettled } from './helpers/rebuildQueue'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Three writers on one database at once, as on a busy day: the import command (its own process,
 * as an operator runs it) imports 1,000 posts; in this process, the CMS rebuilds a brand's site
 * after each of a series of publishes (jobs runner every second, build hook on a local
 * receiver); and visitors keep sending appointment requests through the endpoint. On SQLite the
 * two processes take turns at the write lock: every writer must wait its turn, none may fail.
 */
const POSTS = 1_000

describe.skipIf(skipDatabase)('appointment requests while an import and a rebuild write', () => {
  let cms: TestCms
  let payload: Payload
  let api: typeof AppointmentHelpers
  let receiver: HookReceiver
  let target: AppointmentTarget
  let rebuilt: Brand
  let imported: Brand

  beforeAll(async () => {
    receiver = await startHookReceiver()
    cms = await startPayload(
      {
        JOBS_CRON: '* * * * * *',
        REBUILD_DEBOUNCE_MS: '300',
        REBUILD_HEARTBEAT_MS: '500',
        APPOINTMENT_RATE_LIMIT: '0',
        APPOINTMENT_MIN_FILL_MS: '0',
      },
      { cron: true },
    )
    payload = cms.payload
    api = await import('./helpers/appointments')
    target = await createAppointmentTarget(payload, 'Marlow Street Physio')
    const context = { disableRebuild: true }
    rebuilt = await payload.create({ collection: 'brands', overrideAccess: true, context, data: { ...brandData('Kestrel Bay Rehab'), buildHookUrl: `${receiver.url}${hookPath('kestrel-bay-rehab')}` } })
    imported = await payload.create({ collection: 'brands', overrideAccess: true, context, data: brandData('Stillwater Physio') })
  })
  afterAll(async () => {
    if (payload) await rebuildsSettled(payload)
    await cms?.stop()
    await receiver?.close()
  })

  it(`stores every appointment request, once, while ${POSTS} posts are imported and a site is rebuilt`, { timeout: 600_000 }, async () => {
    const exportFile = path.join(cms.dir, 'export.xml')
    await fs.writeFile(exportFile, generatedWxr(POSTS, { images: false, therapies: false }))
    const article = (await payload.create({
      collection: 'articles',
      overrideAccess: true,
      context: { disableRebuild: true },
      data: { title: 'Kestrel Bay opening hours', excerpt: 'When we are open.', body: paragraphState('Weekdays from eight.'), brands: [rebuilt.id], _status: 'published' } as never,
    })) as Article

    let importing = true
    const importRun = runCmsScript('importPosts', ['--brand', imported.slug, exportFile]).finally(() => (importing = false))

    // Visitors: one request after another for as long as the import runs.
    const answers: { message: string; status: number }[] = []
    const visitors = (async () => {
      for (let sent = 1; importing; sent += 1) {
        const message = `Sent during the import (${sent}).`
        const response = await api.submitJson(requestFields(target, message), target.site)
        answers.push({ message, status: response.status })
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    })()

    // An editor publishes every two seconds: each quiet period ends in a rebuild of the brand's site.
    let publishes = 0
    const editor = (async () => {
      while (importing) {
        publishes += 1
        await payload.update({ collection: 'articles', id: article.id, overrideAccess: true, data: { title: `Kestrel Bay opening hours (update ${publishes})`, _status: 'published' } as never })
        await new Promise((resolve) => setTimeout(resolve, 2_000))
      }
    })()

    const run = await importRun
    await Promise.all([visitors, editor])
    await rebuildsSettled(payload)

    // The import: every post, none failed.
    expect(run.code, run.stderr.slice(-3_000)).toBe(0)
    expect((await payload.count({ collection: 'imported-posts', where: { brand: { equals: imported.id } }, overrideAccess: true })).totalDocs).toBe(POSTS)

    // The visitors: every request answered 2xx and stored exactly once.
    expect(answers.length).toBeGreaterThan(10)
    expect(answers.filter((answer) => answer.status !== 201)).toEqual([])
    const stored = (await payload.find({ collection: 'appointment-requests', where: { brand: { equals: target.brand.id } }, depth: 0, pagination: false, overrideAccess: true })).docs
    expect(stored.map((request) => request.message).sort()).toEqual(answers.map((answer) => answer.message).sort())

    // The rebuilds: each one recorded and succeeded, the build hook called for them.
    const rebuilds = (await payload.find({ collection: 'rebuilds', where: { brand: { equals: rebuilt.id } }, depth: 0, pagination: false, overrideAccess: true })).docs
    expect(rebuilds.length).toBeGreaterThan(0)
    expect(rebuilds.filter((rebuild) => rebuild.status !== 'succeeded')).toEqual([])
    expect(callsBySlug(receiver.requests)['kestrel-bay-rehab']).toBe(rebuilds.length)
  })
})
