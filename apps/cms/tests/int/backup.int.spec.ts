import fs from 'node:fs/promises'
import { DatabaseSync } from 'node:sqlite'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, Clinic } from '../../src/payload-types'
import { demoNetwork } from '../../src/seed/data'
import { buildBrandSnapshot } from '../../src/snapshot/buildSnapshot'
import { runCmsScript } from './helpers/cmsScript'
import { type TestCms, startSeededCms } from './helpers/startPayload'
import { skipDatabase, testDatabase } from './helpers/testDatabase'
import { cmsSetting } from './helpers/testEnv'

/*
 * `pnpm --filter cms backup` and `restore`, run as the commands they are, against the demo
 * network in a live CMS (this test's Payload) that keeps writing while the backup runs.
 */
const SERVER_URL = 'http://cms.test'

/** Every file below `dir` with its size, by path inside it. */
async function filesIn(dir: string): Promise<Record<string, number>> {
  const files: Record<string, number> = {}
  for (const entry of await fs.readdir(dir, { recursive: true })) {
    const stat = await fs.stat(path.join(dir, entry))
    if (stat.isFile()) files[entry] = stat.size
  }
  return files
}

/** A snapshot as a site receives it (JSON), without the time it was made. */
function comparable(snapshot: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>
  delete copy.generatedAt
  return copy
}

describe.skipIf(skipDatabase || testDatabase !== 'sqlite')('SQLite backup and restore', () => {
  let cms: TestCms
  let payload: Payload
  let work: string

  beforeAll(async () => {
    cms = await startSeededCms({ JOBS_AUTORUN: 'false' })
    payload = cms.payload
    work = await fs.mkdtemp(path.join(cms.dir, 'backups-'))
  })
  afterAll(async () => {
    await cms?.stop()
  })

  it('restores a backup taken during writes into a new path: the brand snapshots equal the original’s at backup time, media included', async () => {
    const [article] = (await payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, depth: 0, limit: 1, overrideAccess: true })).docs as Article[]
    const [clinic] = (await payload.find({ collection: 'clinics', depth: 0, limit: 1, overrideAccess: true })).docs as Clinic[]
    if (!article || !clinic) throw new Error('the demo network has no published article or no clinic')

    // Writes while the backup runs: a published article's title (one statement each, so every
    // committed state is one the CMS was in; a Payload save on SQLite is several statements
    // without a transaction) and appointment requests (several statements each).
    // Each revision has its own title and time, so the state at backup time can be named.
    const revisionOf = (revision: number) => ({ title: `${article.title} (revision ${revision})`, updatedAt: new Date(Date.UTC(2026, 0, 1) + revision * 1_000).toISOString() })
    const titles = [article.title]
    const requests: string[] = []
    let writing = true
    const writer = (async () => {
      for (let revision = 1; writing; revision += 1) {
        const data = revisionOf(revision)
        await payload.db.updateOne({ collection: 'articles', id: article.id, data })
        titles.push(data.title)
        const message = `Written during the backup (${revision}).`
        await payload.create({
          collection: 'appointment-requests',
          overrideAccess: true,
          depth: 0,
          context: { disableRebuild: true },
          data: { brand: clinic.brand, clinic: clinic.id, name: 'Noor Haddad', phone: '(480) 555-0190', message, consentAt: new Date().toISOString(), status: 'new', notification: { status: 'pending', attempts: 0 } } as never,
        })
        requests.push(message)
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    })()
    const backupDir = path.join(work, 'during-writes')
    // Let a few writes land first (they sit in the write-ahead log, not yet in the database file).
    const firstWrites = async () => {
      while (requests.length < 5) await new Promise((resolve) => setTimeout(resolve, 5))
    }
    // A writer that fails ends the wait with its error.
    await Promise.race([firstWrites(), writer])
    const storedBeforeBackup = requests.length
    let backup
    try {
      backup = await runCmsScript('backup', ['--out', backupDir])
    } finally {
      writing = false
      await writer
    }
    expect(backup.code, backup.stderr).toBe(0)
    expect(backup.stderr).toContain(`Backup written to ${backupDir}`)
    const manifest = JSON.parse(await fs.readFile(path.join(backupDir, 'manifest.json'), 'utf8')) as Record<string, unknown>
    expect(manifest).toMatchObject({ format: 1, cmsVersion: expect.any(String), database: { kind: 'sqlite', file: 'test.db', lastMigration: { name: 'dev' } }, media: { kind: 'folder' } })

    const restoredDir = path.join(work, 'restored')
    const restoredDb = path.join(restoredDir, 'cms.db')
    const restoredMedia = path.join(restoredDir, 'media')
    const restore = await runCmsScript('restore', ['--from', backupDir], { DATABASE_URI: `file:${restoredDb}`, MEDIA_DIR: restoredMedia })
    expect(restore.code, restore.stderr).toBe(0)
    expect(await filesIn(restoredMedia)).toEqual(await filesIn(cmsSetting('MEDIA_DIR') as string))

    // The appointment requests in the copy are the first ones written, each whole, at least all
    // of those stored before the backup began.
    const copy = new DatabaseSync(restoredDb, { readOnly: true })
    const restoredRequests = copy.prepare('SELECT message, name FROM appointment_requests ORDER BY id').all()
    copy.close()
    expect(restoredRequests.length).toBeGreaterThanOrEqual(storedBeforeBackup)
    expect(restoredRequests.map((row) => row.message)).toEqual(requests.slice(0, restoredRequests.length))
    expect(restoredRequests.every((row) => row.name === 'Noor Haddad')).toBe(true)

    // Every brand's snapshot, made by the snapshot command from the restored database…
    const snapshotsDir = path.join(work, 'snapshots')
    const snapshots = await runCmsScript('snapshot', ['--all', '--out-dir', snapshotsDir], { DATABASE_URI: `file:${restoredDb}`, MEDIA_DIR: restoredMedia, SERVER_URL })
    expect(snapshots.code, snapshots.stderr).toBe(0)
    const restored: Record<string, { articles: { id: string; title: string; updatedAt: string }[] }> = {}
    for (const file of await fs.readdir(snapshotsDir)) restored[path.basename(file, '.json')] = JSON.parse(await fs.readFile(path.join(snapshotsDir, file), 'utf8'))
    expect(Object.keys(restored).sort()).toEqual(demoNetwork.brands.map((brand) => brand.slug).sort())

    // …equals the original's when its article had the title it had at backup time: one of those written.
    const atBackup = Object.values(restored).flatMap((snapshot) => snapshot.articles).find((entry) => entry.id === String(article.id))
    expect(titles).toContain(atBackup?.title)
    await payload.db.updateOne({ collection: 'articles', id: article.id, data: { title: atBackup?.title, updatedAt: atBackup?.updatedAt } })
    for (const [slug, snapshot] of Object.entries(restored)) {
      expect(comparable(snapshot), slug).toEqual(comparable(await buildBrandSnapshot(payload, slug, { serverUrl: SERVER_URL })))
    }
  })

  it('refuses to restore over the database of a running CMS, and changes nothing', async () => {
    const backupDir = path.join(work, 'for-refusals')
    expect((await runCmsScript('backup', ['--out', backupDir])).code).toBe(0)
    const live = cmsSetting('DATABASE_URI') as string
    const brandsBefore = (await payload.count({ collection: 'brands', overrideAccess: true })).totalDocs

    const restore = await runCmsScript('restore', ['--from', backupDir], { DATABASE_URI: live, MEDIA_DIR: path.join(work, 'unused-media') })
    expect(restore.code).toBe(1)
    expect(restore.stderr).toContain('is open in another process, most likely a running CMS')
    expect((await payload.count({ collection: 'brands', overrideAccess: true })).totalDocs).toBe(brandsBefore)
    await expect(fs.access(path.join(work, 'unused-media'))).rejects.toThrow()
  })

  it('refuses a database that is not empty, and one whose left-over write-ahead log would be applied to it', async () => {
    const backupDir = path.join(work, 'for-refusals')
    const notEmpty = await runCmsScript('restore', ['--from', backupDir], { DATABASE_URI: `file:${path.join(work, 'restored', 'cms.db')}`, MEDIA_DIR: path.join(work, 'other-media') })
    expect(notEmpty.code).toBe(1)
    expect(notEmpty.stderr).toMatch(/is not empty \(\d+ tables/)

    const leftOver = path.join(work, 'left-over')
    await fs.mkdir(leftOver)
    await fs.writeFile(path.join(leftOver, 'cms.db-wal'), 'not ours')
    const withWal = await runCmsScript('restore', ['--from', backupDir], { DATABASE_URI: `file:${path.join(leftOver, 'cms.db')}`, MEDIA_DIR: path.join(leftOver, 'media') })
    expect(withWal.code).toBe(1)
    expect(withWal.stderr).toContain('cms.db-wal is left from a database that is gone')
    await expect(fs.access(path.join(leftOver, 'cms.db'))).rejects.toThrow()
  })
})

describe('backup and restore on MongoDB', () => {
  it.each(['backup', 'restore'])('%s prints what to do with MongoDB’s own tools and exits 1', async (command) => {
    const run = await runCmsScript(command, command === 'backup' ? ['--out', '/nonexistent/backup'] : ['--from', '/nonexistent/backup'], { DATABASE_URI: 'mongodb://db.example:27017/clinic_cms' })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(command === 'backup' ? 'mongodump --uri="$DATABASE_URI"' : 'mongorestore --uri="$DATABASE_URI"')
    expect(run.stderr).toMatch(/MEDIA_DIR|object storage/)
  })
})
