import { BasePayload, type Payload, type UpdateJobsArgs } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { brandData, minimalDocument } from './helpers/contentDocuments'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Two CMS processes on one database, as behind a load balancer: here two Payload instances in
 * one test process, each with its own database connection, on the same database. Their job
 * runners must never both take the same job (src/jobs/atomicClaims.ts).
 */

/** The claim the jobs runner makes (payload/dist/queues/operations/runJobs): due, unclaimed jobs of a queue. */
const runnerClaim = (queue: string, limit = 10): UpdateJobsArgs => ({
  data: { processing: true, updatedAt: new Date().toISOString() },
  limit,
  returning: true,
  sort: 'createdAt',
  where: {
    and: [
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
      { processing: { equals: false } },
      { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: new Date().toISOString() } }] },
      { queue: { equals: queue } },
    ],
  },
})

describe.skipIf(skipDatabase)('job claims with two CMS processes on one database', () => {
  let cms: TestCms
  let payload: Payload
  let other: Payload

  beforeAll(async () => {
    cms = await startPayload()
    payload = cms.payload
    // A second instance of the same config: a new adapter and connection on the same database.
    const { default: config } = await import('../../src/payload.config')
    other = await new BasePayload().init({ config })
  })
  afterAll(async () => {
    await other?.destroy()
    await cms?.stop()
  })

  const queuePrune = () => payload.jobs.queue({ task: 'pruneRebuilds', input: {}, queue: 'claims-test' })

  it('gives each due job to one of two runners that claim at the same moment', async () => {
    const queued = await Promise.all(Array.from({ length: 6 }, queuePrune))
    const [mine, theirs] = await Promise.all([payload.db.updateJobs(runnerClaim('claims-test')), other.db.updateJobs(runnerClaim('claims-test'))])
    const ids = [...(mine ?? []), ...(theirs ?? [])].map((job) => String(job.id))
    // Every job claimed once: none by both, none by neither.
    expect(ids.sort()).toEqual(queued.map((job) => String(job.id)).sort())
    expect([...(mine ?? []), ...(theirs ?? [])].every((job) => job.processing === true)).toBe(true)
    // Nothing is left to claim.
    expect(await payload.db.updateJobs(runnerClaim('claims-test'))).toEqual([])
  })

  it('runs a due job once when both processes run the queue at the same moment', async () => {
    for (let round = 0; round < 8; round += 1) {
      const job = await queuePrune()
      const results = await Promise.all([payload.jobs.run({ queue: 'claims-test' }), other.jobs.run({ queue: 'claims-test' })])
      const ranIt = results.filter((result) => 'jobStatus' in result && result.jobStatus !== undefined && String(job.id) in result.jobStatus)
      expect(ranIt, `round ${round}`).toHaveLength(1)
    }
  })

  it('publishes a scheduled article once when both processes run the queue at its time', async () => {
    const brand = await payload.create({ collection: 'brands', data: brandData('Claims Clinic'), overrideAccess: true, context: { disableRebuild: true } })
    const admin = await payload.create({ collection: 'users', data: { email: 'admin@claims.example', password: 'claims-admin-pw', name: 'Admin', role: 'admin' }, overrideAccess: true })
    const draft = await payload.create({
      collection: 'articles',
      data: { ...minimalDocument('articles', 'Scheduled once', [brand.id]), slug: 'scheduled-once', _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    // As the admin's Schedule drawer queues it, due now.
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id }, user: { relationTo: 'users', value: admin.id } } })
    await Promise.all([payload.jobs.run(), other.jobs.run()])
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: draft.id } }, { 'version._status': { equals: 'published' } }] },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
  })

  it('gives no runner a job whose concurrency key a processing job holds', async () => {
    // Two rebuilds of one brand: one concurrency key, so one may run at a time.
    const input = { brand: 'claims-brand', changes: [{ collection: 'articles', id: '1', title: 'One', action: 'updated' }], requestedAt: new Date().toISOString() }
    const queued = [
      await payload.jobs.queue({ task: 'rebuildSite', queue: 'claims-keys', input }),
      await payload.jobs.queue({ task: 'rebuildSite', queue: 'claims-keys', input }),
    ].map((job) => String(job.id))
    const claims = await Promise.all([payload.db.updateJobs(runnerClaim('claims-keys')), other.db.updateJobs(runnerClaim('claims-keys'))])
    // One process gets the key's jobs; its runner runs one and hands the others back (Payload does so).
    const [claimed, ...byBoth] = claims.filter((jobs) => (jobs ?? []).length > 0)
    expect(byBoth).toEqual([])
    const [running, ...handedBack] = claimed ?? []
    if (!running) throw new Error('Neither process claimed a job of the key')
    if (handedBack.length > 0) await payload.db.updateJobs({ where: { id: { in: handedBack.map((job) => job.id) } }, data: { processing: false } })
    // While it runs, neither process may take the other job of that key.
    expect(await other.db.updateJobs(runnerClaim('claims-keys'))).toEqual([])
    expect(await payload.db.updateJobs(runnerClaim('claims-keys'))).toEqual([])
    // Once it is done, the other one is free.
    await payload.db.updateJobs({ id: running.id, data: { processing: false, completedAt: new Date().toISOString() } })
    const next = await other.db.updateJobs(runnerClaim('claims-keys'))
    expect(next?.map((job) => String(job.id))).toEqual(queued.filter((jobId) => jobId !== String(running.id)))
  })

  it('leaves every other update of jobs as it was', async () => {
    const job = await queuePrune()
    // A claim by id (runByID) and an update without the unclaimed condition are not claims.
    const [claimed] = (await payload.db.updateJobs({ id: job.id, data: { processing: true } })) ?? []
    expect(claimed?.processing).toBe(true)
    const released = await other.db.updateJobs({ where: { id: { equals: job.id } }, data: { processing: false } })
    expect(released?.map((entry) => [String(entry.id), entry.processing])).toEqual([[String(job.id), false]])
  })
})
