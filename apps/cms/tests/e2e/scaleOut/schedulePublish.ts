/**
 * Queues a scheduled publish of one article the way the admin's "Schedule" drawer does
 * (task `schedulePublish` with `waitUntil`), through the Local API of the database the
 * environment names, and exits. For the scale-out tests, which talk to the servers over HTTP.
 *
 *   tsx tests/e2e/scaleOut/schedulePublish.ts <article id> <user id> <ISO time>
 */
import { getPayload } from 'payload'
import config from '../../../src/payload.config'

const [articleId, userId, at] = process.argv.slice(2)
if (!articleId || !userId || !at || Number.isNaN(Date.parse(at))) {
  console.error('usage: schedulePublish.ts <article id> <user id> <ISO time>')
  process.exit(2)
}
// Ids are numbers on SQLite, ObjectId strings on MongoDB (the generated types know the first only).
const id = (value: string) => (/^\d+$/.test(value) ? Number(value) : value) as number
const payload = await getPayload({ config })
const job = await payload.jobs.queue({
  task: 'schedulePublish',
  input: { type: 'publish', doc: { relationTo: 'articles', value: id(articleId) }, user: { relationTo: 'users', value: id(userId) } },
  waitUntil: new Date(at),
})
console.log(`queued job ${job.id}`)
await payload.destroy()
process.exit(0)
